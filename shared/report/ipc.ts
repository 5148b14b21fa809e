/** The report channels, spread into the contract in shared/ipc.ts. */
import { invoke } from '../ipc-spec';
import { type ReportData, reportRequestSchema, savePdfRequestSchema } from './types';

export const reportChannels = {
  'report.get': invoke<ReportData>()(reportRequestSchema),
  /** Saved through the save dialog; the same result shape as the data exports. */
  'report.savePdf': invoke<{ saved: boolean; path: string | null }>()(savePdfRequestSchema),
} as const;
