/**
 * First run: what Sitwise does, a schedule preset, working hours and start at login, then the disclaimer
 * and warning signs. Each step checks its choices against the settings schema before moving on; the
 * choices are saved together at the end.
 */
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { AppVersion } from '../../components/AppVersion';
import { CheckField, DayPicker, RadioChoices, SelectField, TextField } from '../../components/form/Field';
import { useApp } from '../../context';
import { useMutation } from '../../hooks/useMutation';
import { languageOptions } from '../../i18n/languageOptions';
import { msgKey, t } from '../../i18n/t';
import { hrefOf, type Route } from '../../lib/route';
import { patchAt } from '../../lib/settingRules';
import { Disclaimer, RedFlags } from '../safety/SafetyContent';
import { SafetyScreen } from '../safety/SafetyScreen';
import { refusalText } from '../settings/useGroupSave';

type Preset = Exclude<Settings['schedule']['preset'], 'custom'>;
const presetChoices: readonly Preset[] = ['back-friendly', 'cornell', 'no-standing-desk'];
const stepKeys = [
  'onboarding.steps.welcome',
  'onboarding.steps.desk',
  'onboarding.steps.hours',
  'onboarding.steps.safety',
] as const;
const pointKeys = [
  'onboarding.welcome.points.measures',
  'onboarding.welcome.points.prompts',
  'onboarding.welcome.points.routines',
  'onboarding.welcome.points.history',
  'onboarding.welcome.points.local',
] as const;

export function Onboarding({ route }: { route: Route }) {
  const { settings, saveSettings } = useApp();
  const [step, setStep] = useState(0);
  const [preset, setPreset] = useState<Preset>(
    settings.schedule.preset === 'custom' ? 'back-friendly' : settings.schedule.preset,
  );
  const [hours, setHours] = useState(settings.workingHours);
  const [login, setLogin] = useState(settings.startAtLogin);
  const [ack, setAck] = useState(false);
  const [hoursError, setHoursError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const saving = useMutation();
  const busy = saving.busy;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const total = stepKeys.length;

  useEffect(() => {
    document.title = `${t('onboarding.title')} — ${t('common.appName')}`;
  }, []);
  useEffect(() => {
    if (step > 0) headingRef.current?.focus();
  }, [step]);

  if (route.screen === 'safety') {
    return (
      <div className="onboarding">
        <p>
          <a href={hrefOf('today')}>← {t('onboarding.backToSetup')}</a>
        </p>
        <main id="main">
          <SafetyScreen />
        </main>
      </div>
    );
  }

  /** The hours step is checked before leaving it, against the same rule main applies. */
  const hoursProblem = () =>
    patchAt('workingHours.ranges', hours.ranges) ? null : refusalText('workingHours.ranges');
  const next = () => {
    setError(null);
    if (step === 2) {
      const problem = hoursProblem();
      setHoursError(problem);
      if (problem) return;
    }
    setStep(step + 1);
  };

  const finish = async () => {
    if (!ack) {
      setError(t('onboarding.safety.ackNeeded'));
      return;
    }
    setError(null);
    const r = await saving.run(() =>
      saveSettings({ schedule: { preset }, workingHours: hours, startAtLogin: login, onboarded: true }),
    );
    if (r.ok) {
      window.location.hash = hrefOf('today');
    } else if (r.error) {
      // Every choice was checked on its step, so this is main failing to save: say so once.
      setError(t('settings.notSaved', { message: r.error.message }));
    }
  };

  const range = hours.ranges[0] ?? { start: '09:00', end: '17:30' };
  const setRange = (next: { start: string; end: string }) => {
    setHoursError(null);
    setHours({ ...hours, ranges: [next, ...hours.ranges.slice(1)] });
  };

  return (
    <div className="onboarding">
      <header className="onboarding-top">
        <span className="nav-brand">{t('common.appName')}</span>
        <a className="safety-link" href={hrefOf('safety')}>
          {t('common.safetyLinkLong')}
        </a>
      </header>
      <main id="main" className="card onboarding-card">
        <p className="muted">{t('onboarding.stepOf', { n: step + 1, total })}</p>
        <ol className="steps-indicator" aria-label={t('onboarding.stepsLabel')}>
          {stepKeys.map((key, i) => (
            <li key={key} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : ''}>
              {t(key)}
            </li>
          ))}
        </ol>
        {step === 0 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title">{t('onboarding.title')}</h1>
            <h2>{t('onboarding.welcome.heading')}</h2>
            <ul>
              {pointKeys.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
            <SelectField
              label={t('onboarding.welcome.language')}
              value={settings.locale}
              options={languageOptions()}
              onChange={(locale) => {
                // Applied at once: the setup speaks the chosen language from the next render on.
                void saving.run(() => saveSettings({ locale }));
              }}
            />
            <p className="muted">{t('onboarding.welcome.note')}</p>
          </section>
        )}
        {step === 1 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
              {t('onboarding.desk.heading')}
            </h1>
            <RadioChoices<Preset>
              label={t('onboarding.desk.help')}
              value={preset}
              options={presetChoices.map((p) => ({
                value: p,
                label: t(msgKey('onboarding.desk.options', p, '.label')),
                help: t(msgKey('onboarding.desk.options', p, '.help')),
              }))}
              onChange={setPreset}
            />
          </section>
        )}
        {step === 2 && (
          <section aria-labelledby="ob-title">
            <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
              {t('onboarding.hours.heading')}
            </h1>
            <p>{t('onboarding.hours.help')}</p>
            <CheckField
              label={t('onboarding.hours.enabled')}
              checked={hours.enabled}
              onChange={(enabled) => setHours({ ...hours, enabled })}
            />
            <DayPicker
              label={t('settings.hours.days')}
              help={
                hours.days.length === 0
                  ? hours.enabled
                    ? t('settings.hours.noDays')
                    : t('settings.hours.noDaysOff')
                  : undefined
              }
              value={hours.days}
              onChange={(days) => setHours({ ...hours, days })}
            />
            <div className="inline-fields">
              <TextField
                label={t('settings.hours.start')}
                type="time"
                value={range.start}
                invalid={hoursError !== null}
                onChange={(start) => setRange({ ...range, start })}
              />
              <TextField
                label={t('settings.hours.end')}
                help={t('settings.hours.rangeHelp')}
                error={hoursError}
                type="time"
                value={range.end}
                onChange={(end) => setRange({ ...range, end })}
              />
            </div>
            <CheckField label={t('onboarding.hours.startAtLogin')} checked={login} onChange={setLogin} />
          </section>
        )}
        {step === 3 && (
          <section aria-labelledby="ob-title" className="stack">
            <div>
              <h1 id="ob-title" ref={headingRef} tabIndex={-1}>
                {t('onboarding.safety.heading')}
              </h1>
              <p>{t('onboarding.safety.intro')}</p>
            </div>
            <Disclaimer />
            <RedFlags />
            <CheckField label={t('onboarding.safety.ack')} checked={ack} onChange={setAck} />
          </section>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row onboarding-actions">
          {step > 0 && (
            <button type="button" className="button" onClick={() => setStep(step - 1)} disabled={busy}>
              {t('onboarding.back')}
            </button>
          )}
          {step < total - 1 ? (
            <button type="button" className="button primary" onClick={next}>
              {t('onboarding.next')}
            </button>
          ) : (
            <button type="button" className="button primary" onClick={finish} disabled={busy}>
              {busy ? t('onboarding.saving') : t('onboarding.finish')}
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
