/** What a save-to-file call answers. Its own module so channel tables that shared/ipc.ts merges can use it. */
export interface ExportResult {
  saved: boolean;
  /** Where it was written; null when the person cancelled the save dialog. */
  path: string | null;
}
