/**
 * `npm run replay -- FILE [--data DIR]`: runs a scenario through the engine and prints
 * `{"events": [...], "days": [...]}` as one JSON object. The time zone comes from TZ.
 * Bad input is reported with its line number on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EngineEvent } from '../../shared/events';
import { noticeText } from '../../shared/i18n/notice-text';
import { defaultSettings } from '../../shared/settings';
import { isTimeZone } from '../../shared/time';
import { describeFsError } from '../services/fs';
import { EventJournal } from '../services/journal/event-journal';
import { wordsFor } from '../shell/words';
import { parseScenario, runScenario, ScenarioError } from './scenario';

const usage = `usage: npm run replay -- FILE [--data DIR]

Runs a scenario (JSON Lines, one observation per line, each with an ISO-8601 "at") through the
sitting-time engine and prints {"events": [...], "days": [...]}. The time zone comes from TZ.

Lines (exactly one of these besides "at" and the optional "wall"):
  {"at": "...", "idle": 42}                      seconds since the last input
  {"at": "...", "power": "suspend" | "resume" | "lock" | "unlock"}
  {"at": "...", "user": "stand" | "sit" | "snack-start" | "snack-done" | "snack-stop" | "snooze" | "skip" | "resume"}
  {"at": "...", "user": "pause", "minutes": 30 | "tomorrow"}
  {"at": "...", "focus": "meeting" | "none"}
  {"at": "...", "settings": {...partial settings...}}
  {"at": "...", "timeZone": "America/New_York"}   the system time zone changed (travel)
  {"at": "...", "quit": true}                      the app quits; the next line starts it again
  {"at": "...", "silent": true}                    nothing is heard until the next line
  "wall": "..."  on any line: the wall clock reads this (a manual clock change); it persists.

Between lines the user is at the keyboard, except where an idle line says otherwise.
--data DIR  also appends the events to the journal in DIR (as the app does).`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  let dataDir: string | null = null;
  const dataAt = args.indexOf('--data');
  if (dataAt >= 0) {
    const dir = args[dataAt + 1];
    if (dir === undefined || dir.startsWith('--')) fail('--data needs a directory', 2);
    dataDir = resolve(dir);
    args.splice(dataAt, 2);
  }
  if (args.length !== 1 || args[0] === undefined) fail(usage, 2);
  const file = args[0];
  const timeZone = process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isTimeZone(timeZone)) fail(`TZ names an unknown time zone: "${timeZone}"`, 2);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`, 2);
  }

  let journal: EventJournal | null = null;
  let clock = 0;
  // Damage in the data folder: one line each; the run goes on and exits 2.
  const problems: string[] = [];
  try {
    const steps = parseScenario(text, timeZone, defaultSettings);
    if (dataDir !== null) {
      clock = steps[0]?.at ?? 0;
      // A developer's replay tool: its report is in English.
      const english = wordsFor('en', [], timeZone);
      journal = EventJournal.open({
        dataDir,
        now: () => clock,
        dayOptions: () => ({ timeZone, dayStart: defaultSettings.dayStart }),
        notify: (n) => problems.push(`${n.kind}: ${noticeText(english, n.reason)}`),
      });
    }
    const j = journal;
    const onEvents = j
      ? (batch: EngineEvent[]) => {
          for (const e of batch) clock = Math.max(clock, e.at);
          j.appendAll(batch);
        }
      : undefined;
    const result = runScenario(steps, { timeZone, settings: defaultSettings, onEvents });
    process.stdout.write(`${JSON.stringify({ events: result.events, days: result.days })}\n`);
  } catch (err) {
    problems.push(err instanceof ScenarioError ? `${file}: ${err.message}` : describeFsError(err));
  } finally {
    try {
      journal?.close();
    } catch (err) {
      problems.push(describeFsError(err));
    }
  }
  for (const problem of problems) process.stderr.write(`${problem.replace(/\s+/g, ' ')}\n`);
  if (problems.length > 0) process.exitCode = 2;
}

main(process.argv.slice(2));
