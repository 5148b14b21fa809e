/**
 * The print view's hash route carries the whole report request, so main can open it in a page of its own
 * and print it: `#/report/print/<from>/<to>/<note weeks, comma separated, or ->/<plan note 1|0>`.
 */
import { type ReportInput, type ReportRequest, reportRequestSchema } from './types';

export function reportPrintPath(r: ReportInput): string[] {
  const notes = r.notes && r.notes.length > 0 ? r.notes.join(',') : '-';
  return ['report', 'print', r.from, r.to, notes, r.planNote ? '1' : '0'];
}

/** Parts after `report/print`; null when they do not make a valid request. */
export function parseReportPrintPath(parts: readonly string[]): ReportRequest | null {
  const [from, to, notes, planNote] = parts;
  const parsed = reportRequestSchema.safeParse({
    from,
    to,
    notes: notes === undefined || notes === '-' ? [] : notes.split(','),
    planNote: planNote === '1',
  });
  return parsed.success ? parsed.data : null;
}
