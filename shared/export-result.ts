/** What a save-to-file request answers: whether the file was written, and where (null when cancelled). */
export interface ExportResult {
  saved: boolean;
  path: string | null;
}
