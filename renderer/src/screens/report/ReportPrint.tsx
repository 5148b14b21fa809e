/**
 * The print view: only the report page, in the light theme, at `#/report/print/…` (the request is in the
 * route, shared/report/route.ts). Main opens it in a page of its own and prints it once the root element
 * carries data-print-ready.
 */
import { useEffect } from 'react';
import { parseReportPrintPath } from '../../../../shared/report/route';
import { api } from '../../api';
import { ErrorState, Loading } from '../../components/States';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/t';
import { ReportSheet } from './ReportSheet';

export function ReportPrint({ parts }: { parts: string[] }) {
  const request = parseReportPrintPath(parts);
  const report = useLoad(
    () => (request ? api().invoke('report.get', request) : Promise.reject(new Error(t('report.loadError')))),
    [parts.join('/')],
  );
  const ready = report.state.status === 'ready';

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = 'light';
    document.title = t('report.sheetTitle');
    if (ready) root.dataset.printReady = 'true';
    else delete root.dataset.printReady;
  }, [ready]);

  return (
    <main id="main" className="print-page">
      {report.state.status === 'ready' ? (
        <ReportSheet report={report.state.value} />
      ) : report.state.status === 'error' ? (
        <ErrorState error={report.state.error} title={t('report.loadError')} />
      ) : (
        <Loading />
      )}
    </main>
  );
}
