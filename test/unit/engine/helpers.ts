/** Scenario helpers for engine tests: run JSON Lines through the replay path and read events as a log. */
import { parseScenario, type RunResult, runScenario } from '../../../main/cli/scenario';
import type { EngineEvent } from '../../../shared/events';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { wallTimeOf } from '../../../shared/time';

export function run(
  lines: object[],
  timeZone = 'Europe/Berlin',
  settings: Settings = defaultSettings,
): RunResult {
  const text = lines.map((l) => JSON.stringify(l)).join('\n');
  return runScenario(parseScenario(text, timeZone, settings), { timeZone, settings });
}

function hhmm(ms: number, timeZone: string): string {
  const { minutes } = wallTimeOf(ms, timeZone);
  const sec = Math.floor(ms / 1000) % 60;
  const base = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return sec === 0 ? base : `${base}:${String(sec).padStart(2, '0')}`;
}

/** One readable line per event ("09:30 prompt-shown stand #1"); checkpoints left out. */
export function log(events: EngineEvent[], timeZone = 'Europe/Berlin'): string[] {
  const kinds = new Map<string, string>();
  const t = (ms: number) => hhmm(ms, timeZone);
  const out: string[] = [];
  for (const e of events) {
    const at = t(e.at);
    switch (e.type) {
      case 'day':
        out.push(`${at} day ${e.date} ${e.posture} ${e.presence}`);
        break;
      case 'away':
        out.push(`${at} away ${e.reason} since ${t(e.since)}`);
        break;
      case 'present':
        out.push(`${at} present since ${t(e.since)}`);
        break;
      case 'natural-break':
        out.push(`${at} natural-break ${e.reason} since ${t(e.since)}`);
        break;
      case 'posture':
        out.push(`${at} posture ${e.posture} (${e.cause})`);
        break;
      case 'snack-start':
        out.push(`${at} snack-start back to ${e.returnTo}${e.catchUp ? ' catch-up' : ''}`);
        break;
      case 'snack-end':
        out.push(`${at} snack-end ${e.outcome}`);
        break;
      case 'prompt-due':
        kinds.set(e.id, e.kind);
        out.push(
          `${at} prompt-due ${e.kind}${e.beforeEventAt === undefined ? '' : ` before ${t(e.beforeEventAt)}`}`,
        );
        break;
      case 'prompt-shown': {
        const delay = e.delaySec === undefined ? '' : ` after ${e.delaySec} s`;
        out.push(`${at} prompt-shown ${e.kind} #${e.attempt}${e.catchUp ? ' catch-up' : ''}${delay}`);
        break;
      }
      case 'prompt-deferred':
        out.push(`${at} prompt-deferred ${e.kind}${e.reason === undefined ? '' : ` (${e.reason})`}`);
        break;
      case 'context':
        out.push(`${at} context ${e.reasons.join(',') || 'none'}`);
        break;
      case 'posture-confirmed':
        out.push(`${at} posture-confirmed ${e.posture}`);
        break;
      case 'prompt-snoozed':
        out.push(`${at} prompt-snoozed ${kinds.get(e.id)} until ${t(e.until)} left ${e.snoozesLeft}`);
        break;
      case 'prompt-done':
        out.push(`${at} prompt-done ${kinds.get(e.id)} by ${e.how}`);
        break;
      case 'prompt-skipped':
        out.push(`${at} prompt-skipped ${kinds.get(e.id)}${e.auto ? ' (snooze limit)' : ''}`);
        break;
      case 'prompt-cleared':
        out.push(`${at} prompt-cleared ${kinds.get(e.id)} ${e.reason}`);
        break;
      case 'pause':
        out.push(`${at} pause until ${t(e.until)}`);
        break;
      case 'resume':
        out.push(`${at} resume ${e.reason}`);
        break;
      case 'hours':
        out.push(`${at} hours ${e.inside ? 'inside' : 'outside'}`);
        break;
      case 'focus':
        out.push(`${at} focus ${e.focus}`);
        break;
      case 'settings':
        out.push(`${at} settings ${e.changed.join(',')}`);
        break;
      case 'clock':
        out.push(`${at} clock ${e.deltaMs > 0 ? '+' : ''}${e.deltaMs / 60_000} min`);
        break;
      case 'zone':
        out.push(`${at} zone ${e.from} -> ${e.timeZone}`);
        break;
      case 'observed':
        if (e.final) out.push(`${at} observed final`);
        break;
    }
  }
  return out;
}

/** The log lines that start with one of the given prefixes (after the time). */
export function only(lines: string[], ...types: string[]): string[] {
  return lines.filter((l) => types.some((ty) => l.split(' ')[1]?.startsWith(ty)));
}

export const at = (date: string, time: string) => `${date}T${time}`;
