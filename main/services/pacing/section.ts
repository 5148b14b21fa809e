/**
 * The pacing log (goals, sessions, flare-ups, hold weeks and weekly check-ins) as a data section: the raw
 * records in the export, two tables in the CSV export (sessions, check-ins).
 */
import type { PacingRecord } from '../../../shared/pacing/records';
import { type CsvTable, type DataSection, journalSection } from '../data/sections';
import type { FilePacingStore } from './pacing-store';

export function pacingSection(store: FilePacingStore, now: () => number): DataSection {
  return journalSection('pacing', store, { now, csvTables: () => pacingTables(store.records()) });
}

const sessionColumns = ['date', 'goal_id', 'minutes', 'pain_before', 'pain_after', 'note'];
const checkinColumns = [
  'week',
  'date',
  'peg_pain',
  'peg_enjoyment',
  'peg_activity',
  'stiffness',
  'sleep',
  'confidence',
  'activities',
  'note',
];

export function pacingTables(records: readonly PacingRecord[]): CsvTable[] {
  const sessions: string[] = [sessionColumns.join(',')];
  const checkins: string[] = [checkinColumns.join(',')];
  for (const r of records) {
    if (r.type === 'pacing.session-logged') {
      sessions.push(row([r.date, r.goalId, r.minutes, r.before, r.after, r.note]));
    } else if (r.type === 'pacing.goal-created') {
      for (const s of r.sessions)
        sessions.push(row([s.date, r.goalId, s.minutes, s.before, s.after, s.note]));
    } else if (r.type === 'checkin.submitted') {
      const a = r.answers;
      const activities = a.activities.map((x) => `${x.name}: ${x.score}`).join('; ');
      checkins.push(
        row([
          r.week,
          r.date,
          a.peg.pain,
          a.peg.enjoyment,
          a.peg.activity,
          a.stiffness,
          a.sleep,
          a.confidence,
          activities,
          a.note,
        ]),
      );
    }
  }
  return [
    { table: 'sessions', lines: sessions },
    { table: 'checkins', lines: checkins },
  ];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function row(fields: (string | number | null)[]): string {
  return fields
    .map((f) => {
      const text = f === null ? '' : String(f);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
