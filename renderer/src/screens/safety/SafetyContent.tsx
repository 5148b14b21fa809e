/** The disclaimer and the warning signs with what to do; shown on Safety and during onboarding. */
import { getSafetyText, type RedFlag, redFlagsBy } from '../../content';
import { t } from '../../i18n/t';

export function Disclaimer({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const text = getSafetyText('disclaimer');
  if (!text) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card disclaimer" aria-labelledby="disclaimer-title" data-testid="disclaimer">
      <H id="disclaimer-title">{text.title}</H>
      {text.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </section>
  );
}

function FlagList({ flags, level }: { flags: RedFlag[]; level: 'urgent' | 'same-day' }) {
  return (
    <ul className={`flags flags-${level}`}>
      {flags.map((f) => (
        <li key={f.id}>
          <strong>{f.symptom}</strong>
          <span className="flag-action">{f.action}</span>
        </li>
      ))}
    </ul>
  );
}

export function RedFlags({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const urgent = getSafetyText('urgent-care');
  const sameDay = getSafetyText('same-day-care');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <section
        className="card flag-card urgent"
        aria-labelledby="urgent-title"
        data-testid="red-flags-urgent"
      >
        <H id="urgent-title">{urgent?.title ?? t('safety.urgentTitle')}</H>
        {urgent?.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <FlagList flags={redFlagsBy('urgent')} level="urgent" />
      </section>
      <section
        className="card flag-card same-day"
        aria-labelledby="sameday-title"
        data-testid="red-flags-same-day"
      >
        <H id="sameday-title">{sameDay?.title ?? t('safety.sameDayTitle')}</H>
        {sameDay?.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <FlagList flags={redFlagsBy('same-day')} level="same-day" />
      </section>
    </>
  );
}
