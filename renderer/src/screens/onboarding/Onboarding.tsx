/**
 * First run: what Sitwise does, a schedule preset, working hours and start at login, then the disclaimer
 * and warning signs. Choices are saved together at the end; main's validation messages show inline.
 */
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { AppVersion } from '../../components/AppVersion';
import { useApp } from '../../context';
import type { FieldIssue } from '../../lib/errors';
import { weekdayName } from '../../lib/format';
import { hrefOf, type Route } from '../../lib/route';
import { common } from '../../strings/common';
import { t } from '../../strings/format';
import { onboarding as s } from '../../strings/onboarding';
import { settingsText } from '../../strings/settings';
import { Disclaimer, RedFlags } from '../safety/SafetyContent';
import { SafetyScreen } from '../safety/SafetyScreen';
import { DayPicker, issueText, RadioCards, TimeField, Toggle } from '../settings/fields';

type Preset = Exclude<Settings['schedule']['preset'], 'custom'>;
const presetChoices: readonly Preset[] = ['back-friendly', 'cornell', 'no-standing-desk'];
const dayNames = [0, 1, 2, 3, 4, 5, 6].map((d) => weekdayName(d));

export function Onboarding({ route }: { route: Route }) {
  const { settings, update } = useApp();
  const [step, setStep] = useState(0);
  const [preset, setPreset] = useState<Preset>(
    settings.schedule.preset === 'custom' ? 'back-friendly' : settings.schedule.preset,
  );
  const [hours, setHours] = useState(settings.workingHours);
  const [login, setLogin] = useState(settings.startAtLogin);
  const [ack, setAck] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const total = s.steps.length;

  useEffect(() => {
    document.title = `${s.title} — ${common.appName}`;
  }, []);
  useEffect(() => {
    if (step > 0) headingRef.current?.focus();
  }, [step]);

  if (route.screen === 'safety') {
    return (
      <div className="onboarding">
        <p>
          <a href={hrefOf('today')}>← {s.backToSetup}</a>
        </p>
        <main id="main">
          <SafetyScreen />
        </main>
      </div>
    );
  }

  const finish = async () => {
    if (!ack) {
      setError(s.safety.ackNeeded);
      return;
    }
    setBusy(true);
    setError(null);
    const r = await update({
      schedule: { preset },
      workingHours: hours,
      startAtLogin: login,
      onboarded: true,
    });
    setBusy(false);
    if (!r.ok) {
      setIssues(r.error.issues);
      setError(r.error.message);
      // Send the person back to the step that holds the first broken field.
      if (r.error.issues.some((i) => i.path.startsWith('workingHours') || i.path === 'startAtLogin'))
        setStep(2);
      else if (r.error.issues.some((i) => i.path.startsWith('schedule'))) setStep(1);
    } else {
      window.location.hash = hrefOf('today');
    }
  };

  const range = hours.ranges[0] ?? { start: '09:00', end: '17:30' };
  const rangeIssues = issues.filter((i) => i.path.startsWith('workingHours.ranges'));

  return (
    <div className="onboarding">
      <header className="onboarding-top">
        <span className="nav-brand">{common.appName}</span>
        <a className="safety-link" href={hrefOf('safety')}>
          {common.safetyLinkLong}
        </a>
      </header>
      <main id="main" className="card onboarding-card">
        <p className="muted">{t(s.stepOf, { n: step + 1, total })}</p>
        <ol className="steps-indicator" aria-label={s.stepsLabel}>
          {s.steps.map((name, i) => (
            <li key={name} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : ''}>
              {name}
            </li>
          ))}
        </ol>
        {step === 0 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title">{s.title}</h1>
            <h2>{s.welcome.heading}</h2>
            <ul>
              {s.welcome.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p className="muted">{s.welcome.note}</p>
          </section>
        )}
        {step === 1 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
              {s.desk.heading}
            </h1>
            <RadioCards<Preset>
              label={s.desk.help}
              path="schedule.preset"
              issues={issues}
              value={preset}
              options={presetChoices.map((p) => ({
                value: p,
                label: s.desk.options[p].label,
                help: s.desk.options[p].help,
              }))}
              onCommit={setPreset}
            />
          </section>
        )}
        {step === 2 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
              {s.hours.heading}
            </h1>
            <p>{s.hours.help}</p>
            <Toggle
              label={s.hours.enabled}
              path="workingHours.enabled"
              issues={issues}
              value={hours.enabled}
              onCommit={(v) => setHours({ ...hours, enabled: v })}
            />
            <DayPicker
              label={settingsText.hours.days}
              path="workingHours.days"
              issues={issues}
              value={hours.days}
              names={dayNames}
              onCommit={(days) => setHours({ ...hours, days })}
            />
            <div className="inline-fields">
              <TimeField
                label={settingsText.hours.start}
                path="workingHours.ranges.0.start"
                issues={[]}
                value={range.start}
                onCommit={(v) =>
                  setHours({ ...hours, ranges: [{ ...range, start: v }, ...hours.ranges.slice(1)] })
                }
              />
              <TimeField
                label={settingsText.hours.end}
                help={settingsText.hours.rangeHelp}
                path="workingHours.ranges"
                issues={rangeIssues}
                value={range.end}
                onCommit={(v) =>
                  setHours({ ...hours, ranges: [{ ...range, end: v }, ...hours.ranges.slice(1)] })
                }
              />
            </div>
            <Toggle
              label={s.hours.startAtLogin}
              path="startAtLogin"
              issues={issues}
              value={login}
              onCommit={setLogin}
            />
          </section>
        )}
        {step === 3 && (
          <section aria-labelledby="ob-title" className="stack">
            <div>
              <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
                {s.safety.heading}
              </h1>
              <p>{s.safety.intro}</p>
            </div>
            <Disclaimer />
            <RedFlags />
            <label className="check ack">
              <input type="checkbox" checked={ack} onChange={(e) => setAck(e.currentTarget.checked)} />
              <span>{s.safety.ack}</span>
            </label>
          </section>
        )}
        {error && (
          <p className="field-error" role="alert">
            {issues.length > 0 ? issues.map(issueText).join(' ') : error}
          </p>
        )}
        <div className="button-row onboarding-actions">
          {step > 0 && (
            <button type="button" className="button" onClick={() => setStep(step - 1)} disabled={busy}>
              {s.back}
            </button>
          )}
          {step < total - 1 ? (
            <button type="button" className="button primary" onClick={() => setStep(step + 1)}>
              {s.next}
            </button>
          ) : (
            <button type="button" className="button primary" onClick={finish} disabled={busy}>
              {busy ? s.saving : s.finish}
            </button>
          )}
        </div>
      </main>
      <footer className="onboarding-footer">
        <AppVersion />
      </footer>
    </div>
  );
}
