/**
 * The report service: gathers the period's figures from the services the screens use (day summaries,
 * snack counts from the journal, the goals' plans, the check-in trends, the pacing log and My plan) and
 * composes them (shared/report/compose.ts); saves the print view as a PDF through the save dialog.
 */
import type { EngineEvent } from '../../../shared/events';
import type { ExportResult } from '../../../shared/ipc';
import { snacksDoneByDay } from '../../../shared/pacing/measured';
import { composeReport } from '../../../shared/report/compose';
import { reportPrintPath } from '../../../shared/report/route';
import type { PaperSize, ReportData, ReportRequest } from '../../../shared/report/types';
import type { DaySummary } from '../../../shared/summary';
import { type DayOptions, localDateOf } from '../../../shared/time';
import type { Printer } from '../../ports';
import { writeFileAtomic } from '../data/atomic-write';
import { monthOfDate, monthsBetween } from '../journal/format';
import type { PacingFeature } from '../pacing';
import type { PlanStore } from '../plan/store';
import { periods } from '../summaries/rollup';

export interface ReportDeps {
  now: () => number;
  dayOptions: () => DayOptions;
  /** Day summaries, today running to `until` (as History and Today show them). */
  range(from: string, to: string, until: number): DaySummary[];
  events(month: string): EngineEvent[];
  pacing: PacingFeature;
  plan: PlanStore;
  printer: Printer;
  chooseSavePath(defaultName: string): Promise<string | null>;
}

export interface ReportService {
  get(request: ReportRequest): ReportData;
  savePdf(request: ReportRequest, paper: PaperSize): Promise<ExportResult>;
}

export function createReportService(deps: ReportDeps): ReportService {
  function get(request: ReportRequest): ReportData {
    const madeAt = deps.now();
    const opts = deps.dayOptions();
    const { from, to } = request;
    const events = monthsBetween(monthOfDate(from), monthOfDate(to)).flatMap((m) => deps.events(m));
    const state = deps.pacing.ledger.state;
    return composeReport({
      request,
      madeAt,
      madeOn: localDateOf(madeAt, opts),
      days: deps.range(from, to, madeAt),
      snacksDone: snacksDoneByDay(events, opts),
      weeks: periods(from, to, 'week'),
      goals: deps.pacing.goals.view().goals,
      flares: state.flares,
      checkins: state.checkins,
      points: deps.pacing.checkins.trends().points,
      redFlagReports: state.redFlagReports,
      plateauNotes: state.plateauNotes,
      clinicianNote: deps.plan.words().clinicianNote,
    });
  }

  return {
    get,
    async savePdf(request, paper) {
      const path = await deps.chooseSavePath(`sitwise-report-${request.from}-to-${request.to}.pdf`);
      if (path === null) return { saved: false, path: null };
      const pdf = await deps.printer.printToPdf({ path: reportPrintPath(request), paper });
      writeFileAtomic(path, pdf);
      return { saved: true, path };
    },
  };
}
