/** The replay command end to end: output shape, bad input with line numbers, exit code 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseScenario, ScenarioError } from '../../../main/cli/scenario';
import { engineEventSchema } from '../../../shared/events';
import { daySummarySchema } from '../../../shared/summary';

/** The documented output, checked strictly: every event and day must pass its schema. */
const output = z.strictObject({ events: z.array(engineEventSchema), days: z.array(daySummarySchema) });

const dir = mkdtempSync(join(tmpdir(), 'sitwise-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replay(lines: string[], extra: string[] = []) {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  return spawnSync('npx', ['tsx', 'main/cli/replay.ts', file, ...extra], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Berlin' },
  });
}

describe('npm run replay', () => {
  it('prints {events, days} for a scenario', () => {
    const r = replay([
      '{"at": "2025-06-02T09:00:00+02:00", "idle": 0}',
      '{"at": "2025-06-02T09:45:00+02:00", "idle": 0}',
    ]);
    expect(r.status).toBe(0);
    const { days } = output.parse(JSON.parse(r.stdout));
    expect(days).toHaveLength(1);
    expect(days[0]?.sittingMin).toBe(45);
    expect(days[0]?.prompts.shown).toBe(1);
  });

  it('reports bad input with its line number and exit code 2', () => {
    const bad = [
      [
        '{"at": "2025-06-02T09:00:00", "idle": 0}',
        '{"at": "2025-06-02T08:59:00", "idle": 0}',
        'line 2',
        'backwards',
      ],
      ['{"at": "2025-06-02T09:00:00", "idle": 0, "mood": "fine"}', '', 'line 1', 'mood'],
      [
        '{"at": "2025-06-02T09:00:00", "idle": 0}',
        '{"at": "2025-06-02T09:05:00", "idle": ',
        'line 2',
        'not valid JSON',
      ],
    ];
    for (const [a, b, line, words] of bad) {
      const r = replay([a ?? '', b ?? '']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(line);
      expect(r.stderr).toContain(words);
    }
  });

  it('--data writes the events through the journal', () => {
    const data = join(dir, 'data');
    const r = replay(
      ['{"at": "2025-06-02T09:00:00+02:00", "idle": 0}', '{"at": "2025-06-02T09:40:00+02:00", "idle": 0}'],
      ['--data', data],
    );
    expect(r.status).toBe(0);
    const out = output.parse(JSON.parse(r.stdout));
    const files = readdirSync(join(data, 'journal')).filter((f) => f.endsWith('.jsonl'));
    expect(files).toHaveLength(1);
    const lines = readFileSync(join(data, 'journal', files[0] ?? ''), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBe(out.events.length);
  });
});

describe('the scenario parser', () => {
  it('reads times without an offset in the time zone, and keeps a wall-clock offset', () => {
    const steps = parseScenario(
      [
        '{"at": "2025-06-02T09:00:00", "idle": 0}',
        '{"at": "2025-06-02T09:10:00", "wall": "2025-06-02T08:10:00", "idle": 0}',
        '{"at": "2025-06-02T09:20:00", "idle": 0}',
      ].join('\n'),
      'America/New_York',
    );
    expect(steps[0]?.at).toBe(Date.parse('2025-06-02T09:00:00-04:00'));
    const wall = steps.map((s) => ('input' in s ? s.input.wall : undefined));
    expect(wall).toEqual([
      undefined,
      steps[1] && steps[1].at - 3_600_000,
      steps[2] && steps[2].at - 3_600_000,
    ]);
  });

  it('refuses lines that break a rule, naming the line and the rule', () => {
    const bad: [string, string][] = [
      ['{"at": "yesterday", "idle": 0}', 'ISO-8601'],
      ['{"at": "2025-06-02T09:00:00", "user": "pause"}', 'minutes'],
      ['{"at": "2025-06-02T09:00:00", "user": "sit", "minutes": 5}', 'minutes'],
      ['{"at": "2025-06-02T09:00:00", "settings": {"awayThresholdMin": 99}}', 'awayThresholdMin'],
      ['{"at": "2025-06-02T09:00:00", "settings": {"colour": "red"}}', 'colour'],
      ['{"at": "2025-06-02T09:00:00", "idle": 0, "power": "lock"}', 'one of'],
      ['{"at": "2025-06-02T09:00:00", "idle": -1}', 'idle'],
      ['{"at": "2025-06-02T09:00:00", "timeZone": "Mars/Olympus"}', 'time zone'],
      ['{"at": "2025-06-02T09:00:00"}', 'needs one of'],
      ['[1, 2]', 'expected object'],
    ];
    for (const [line, words] of bad) {
      const text = `{"at": "2025-06-02T08:00:00", "idle": 0}\n${line}`;
      expect(() => parseScenario(text, 'UTC')).toThrow(ScenarioError);
      expect(() => parseScenario(text, 'UTC')).toThrow(new RegExp(`line 2: .*${words}`));
    }
  });

  it('throws a ScenarioError naming the line', () => {
    expect(() => parseScenario('\n\n{"at": "2025-06-02T09:00:00", "focus": "lunch"}', 'UTC')).toThrow(
      ScenarioError,
    );
    expect(() => parseScenario('\n\n{"at": "2025-06-02T09:00:00", "focus": "lunch"}', 'UTC')).toThrow(
      /line 3/,
    );
  });
});
