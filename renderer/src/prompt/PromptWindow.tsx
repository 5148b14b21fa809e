/**
 * The prompt window (its own light entry page, 380 × 280, frameless): shows the due prompt, runs the
 * guided snack, and reports every choice to main through `state.act`. It follows `state.changed`, so a
 * snoozed prompt comes back here, and a prompt the snapshot no longer shows (away, outside working hours)
 * leaves it. Each view keeps its actions pinned at the bottom of the window.
 */
import { useEffect, useRef, useState } from 'react';
import type { PlayableRoutine } from '../../../shared/content/own-routines';
import type { UserAction } from '../../../shared/ipc';
import type { Settings } from '../../../shared/settings';
import type { EngineSnapshot } from '../../../shared/snapshot';
import { visiblePrompt } from '../../../shared/visible-prompt';
import { api } from '../api';
import { GuidedPlayer } from '../components/GuidedPlayer';
import { PostureQuestion } from '../components/PostureQuestion';
import { ErrorState, Loading } from '../components/States';
import { useSettings } from '../hooks/useSettings';
import { useSnapshot } from '../hooks/useSnapshot';
import { t } from '../i18n/t';
import { useLocale } from '../i18n/useLocale';
import { formatClock } from '../lib/format';
import { snoozeMinutesOf } from '../lib/snooze';
import { applyTheme } from '../lib/theme';
import { PromptView } from './PromptView';
import { usePromptRoutine } from './usePromptRoutine';

type Phase =
  | { kind: 'prompt' }
  | { kind: 'playing'; routine: PlayableRoutine }
  | { kind: 'after'; message: string; promptId: string | null };

export interface PromptWindowProps {
  /** Requests started before React, so the window shows its prompt as early as possible. */
  first?: { state: Promise<EngineSnapshot>; settings: Promise<Settings> };
}

export function PromptWindow({ first }: PromptWindowProps) {
  const live = useSnapshot(first?.state);
  const { settings, error: settingsError } = useSettings(first?.settings);
  // The language waits for the settings (no flash of another language); without them, the system's.
  const language = useLocale(settings?.locale ?? (settingsError ? 'system' : null));
  const [phase, setPhase] = useState<Phase>({ kind: 'prompt' });
  const [busy, setBusy] = useState(false);
  const snap = live.snapshot;
  const active = snap ? visiblePrompt(snap) : null;
  const posture = snap && snap.posture !== 'moving' ? snap.posture : null;
  const locale = language?.locale ?? null;
  // The routine the shown prompt names (or a suggestion), and the one a running snack names.
  const offered = usePromptRoutine(
    locale === null
      ? null
      : active
        ? { id: active.routineId, kind: active.kind, catchUp: active.catchUp, posture, locale }
        : { id: null, kind: 'move', catchUp: false, posture, locale },
  );
  const running = usePromptRoutine(
    locale !== null && snap?.snack
      ? { id: snap.snack.routineId, kind: 'move', catchUp: false, posture, locale }
      : null,
  );
  const suggestion = offered.routine;

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings]);

  useEffect(() => {
    if (snap) performance.mark('sitwise:interactive');
  }, [snap]);

  useEffect(() => {
    if (language) document.title = t('prompt.pageTitle');
  }, [language]);

  // A snack already running (started from the tray or Today) continues here.
  useEffect(() => {
    if (snap?.snack && phase.kind === 'prompt' && running.routine)
      setPhase({ kind: 'playing', routine: running.routine });
  }, [snap?.snack, phase.kind, running.routine]);

  // After a snooze or skip, a prompt that is due again takes the window back.
  useEffect(() => {
    if (phase.kind === 'after' && active && active.id !== phase.promptId) setPhase({ kind: 'prompt' });
  }, [active, phase]);

  async function act(action: UserAction, after: (result: EngineSnapshot) => Phase | null): Promise<void> {
    setBusy(true);
    const result = await live.act(action);
    setBusy(false);
    if (!result) return;
    const next = after(result);
    if (next) setPhase(next);
  }
  const afterWith =
    (message: string) =>
    (r: EngineSnapshot): Phase => ({ kind: 'after', message, promptId: r.activePrompt?.id ?? null });

  const sound = settings?.sound ?? { enabled: false, volume: 0 };
  const snoozeMinutes = active ? snoozeMinutesOf(active) : null;
  // What the snooze did is read from the snapshot main answers with (when the prompt is due again),
  // never worked out here: the confirmation and the next line cannot disagree.
  const snooze = () => act({ action: 'snooze' }, (r) => afterWith(snoozedText(r))(r));
  const startSnack = async () => {
    if (!suggestion) return;
    await act({ action: 'snack-start', routineId: suggestion.id }, () => ({
      kind: 'playing',
      routine: suggestion,
    }));
  };

  // Escape snoozes a shown prompt (the Snooze button says so), as long as snoozes are left.
  const showing = phase.kind === 'prompt' && active !== null && active.snoozesLeft > 0 && !busy;
  const snoozeRef = useRef(snooze);
  snoozeRef.current = snooze;
  useEffect(() => {
    if (!showing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        void snoozeRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showing]);

  if (!language) return null;

  let body: React.ReactNode;
  if (live.error && !snap)
    body = <ErrorState error={live.error} title={t('prompt.loadError')} onRetry={live.reload} />;
  else if (offered.error && !suggestion)
    body = <ErrorState error={offered.error} title={t('prompt.loadError')} onRetry={live.reload} />;
  else if (!snap || (phase.kind === 'prompt' && !suggestion)) body = <Loading />;
  else if (phase.kind === 'playing') {
    const routine = phase.routine;
    body = (
      <section className="prompt-section" aria-labelledby="snack-title">
        <h1 id="snack-title" className="visually-hidden">
          {routine.title}
        </h1>
        <GuidedPlayer
          routine={routine}
          sound={sound}
          autoStart
          large
          busy={busy}
          onDone={() => act({ action: 'snack-done', routineId: routine.id }, afterWith(t('prompt.recorded')))}
          onStop={() => act({ action: 'snack-stop' }, afterWith(t('prompt.stopped')))}
        />
      </section>
    );
  } else if (phase.kind === 'after') {
    body = (
      <AfterView
        message={phase.message}
        nextAt={snap.snoozedUntil?.dueAgainAt ?? snap.nextPrompt?.dueAt ?? null}
      >
        <PostureQuestion
          snap={snap}
          busy={busy}
          onAnswer={(a) => act({ action: a }, afterWith(t('common.saved')))}
          question={t('prompt.askPosture.question')}
          className="posture-question"
          testId="prompt-ask-posture"
        />
      </AfterView>
    );
  } else if (active && suggestion) {
    body = (
      <PromptView
        active={active}
        routine={suggestion}
        snoozeMinutes={snoozeMinutes}
        busy={busy}
        onStart={() => void startSnack()}
        onSnooze={() => void snooze()}
        onSkip={() => act({ action: 'skip' }, afterWith(t('prompt.skipped')))}
        onPosture={(a) => act({ action: a }, afterWith(t('common.saved')))}
      />
    );
  } else {
    body = (
      <section className="prompt-section" aria-labelledby="idle-title">
        <div className="prompt-body">
          <h1 id="idle-title">{t('prompt.nothingDue')}</h1>
          <NextLine at={snap.nextPrompt?.dueAt ?? null} />
          <PostureQuestion
            snap={snap}
            busy={busy}
            onAnswer={(a) => act({ action: a }, afterWith(t('common.saved')))}
            question={t('prompt.askPosture.question')}
            className="posture-question"
            testId="prompt-ask-posture"
          />
        </div>
        <div className="button-row prompt-actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void startSnack()}>
            {t('prompt.startAnyway')}
          </button>
          <CloseButton />
        </div>
      </section>
    );
  }

  return (
    <div className="prompt-page" key={language.locale}>
      <header className="prompt-top">
        <span className="nav-brand">{t('common.appName')}</span>
        <button
          type="button"
          className="button quiet small safety-link"
          onClick={() =>
            api()
              .invoke('window.open', { screen: 'safety' })
              .catch((e: unknown) => console.error(e))
          }
        >
          {t('common.safetyLink')}
        </button>
      </header>
      <main id="main" className="prompt-main">
        {live.actionError && (
          <p className="notice error compact" role="alert">
            {live.actionError.message}
          </p>
        )}
        {body}
      </main>
    </div>
  );
}

/** "Snoozed. The prompt comes back in 10 minutes.", from the instant main's answer gives for it. */
function snoozedText(r: EngineSnapshot): string {
  const back = r.snoozedUntil;
  return back
    ? t('prompt.snoozed', { n: Math.round((back.dueAgainAt - r.at) / 60_000) })
    : t('prompt.snoozedShort');
}

/** What happened after acting; focus moves to it so keyboard users are not left on a removed button. */
function AfterView({
  message,
  nextAt,
  children,
}: {
  message: string;
  nextAt: number | null;
  children?: React.ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="prompt-section" aria-labelledby="after-title">
      <div className="prompt-body">
        <h1 id="after-title" data-testid="prompt-after" ref={heading} tabIndex={-1}>
          {message}
        </h1>
        <NextLine at={nextAt} />
        {children}
      </div>
      <div className="button-row prompt-actions">
        <CloseButton />
      </div>
    </section>
  );
}

function NextLine({ at }: { at: number | null }) {
  return (
    <p className="muted">
      {at === null ? t('prompt.noNext') : t('prompt.nextAt', { time: formatClock(at) })}
    </p>
  );
}

function CloseButton() {
  return (
    <button type="button" className="button" onClick={() => window.close()}>
      {t('prompt.closeWindow')}
    </button>
  );
}
