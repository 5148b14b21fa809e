/** Safety: warning signs and what to do, the flare-up plan, when to see a clinician, the disclaimer. */

import { ScreenHeader } from '../../components/ScreenHeader';
import { getSafetyText } from '../../content';
import { t } from '../../i18n/t';
import { Disclaimer, RedFlags } from './SafetyContent';

export function SafetyScreen() {
  const flare = getSafetyText('flare-plan');
  const seek = getSafetyText('seek-care');
  return (
    <div className="stack">
      <ScreenHeader title={t('safety.title')} intro={t('safety.intro')} />
      <RedFlags />
      {flare && (
        <section className="card" aria-labelledby="flare-title">
          <h2 id="flare-title">{flare.title}</h2>
          {flare.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {flare.steps && (
            <ol>
              {flare.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
        </section>
      )}
      {seek && (
        <section className="card" aria-labelledby="seek-title">
          <h2 id="seek-title">{seek.title}</h2>
          {seek.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      )}
      <Disclaimer />
      <p className="muted">{t('safety.tray')}</p>
    </div>
  );
}
