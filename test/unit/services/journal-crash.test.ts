import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLine, monthFile } from '../../../main/services/journal/format';
import { listMonths, readMonths } from '../../../main/services/journal/reader';
import { engineEventSchema } from '../../../shared/events';

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'helpers', 'journal-crash-child.ts');
const lanes = 4;
const roundsPerLane = 25;
const months = ['2026-10', '2026-11', '2026-12'];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the child until SIGKILL, `delayMs` after spawning (a crash during start-up and tail repair) or after
 * it reported ready (a crash while appending); resolves with the sequence numbers it acknowledged.
 */
function runChild(dir: string, month: string, delayMs: number, fromReady: boolean): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, month], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (fromReady && timer === undefined && out.startsWith('ready\n')) {
        timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    if (!fromReady) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}): ${err}`));
        return;
      }
      // Only whole lines count: a number cut by the kill was never fully acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.filter((l) => /^\d+$/.test(l)).map(Number));
    });
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function lane(seed: number): Promise<{ acked: number; tornInjected: number; quarantinedMax: number }> {
  const random = rng(seed);
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-crash-'));
  dirs.push(dir);
  const acked = new Set<number>();
  let tornInjected = 0;
  let quarantinedMax = 0;
  for (let round = 0; round < roundsPerLane; round++) {
    const month = months[Math.floor(random() * months.length)] ?? '2026-11';
    const duringStartUp = random() < 0.2;
    const seqs = await runChild(
      dir,
      month,
      Math.floor(random() * (duringStartUp ? 300 : 60)),
      !duringStartUp,
    );
    for (const s of seqs) acked.add(s);
    if (seqs.length > 0 && random() < 0.3) {
      // Simulate the kill landing inside a write (possible for the kernel on a power cut): part of a line,
      // no newline. Only when the child was appending, as a crash before the first write tears nothing.
      const line = encodeLine(1, 999_999, { type: 'observed', at: 1, final: false });
      appendFileSync(monthFile(dir, month), line.slice(0, 1 + Math.floor(random() * (line.length - 3))));
      tornInjected++;
    }

    const reads = readMonths({ dir, version: 1, schema: engineEventSchema }, listMonths(dir), { now: 0 });
    const quarantined = reads.reduce((n, r) => n + r.quarantined.length, 0);
    quarantinedMax = Math.max(quarantinedMax, quarantined);
    expect(quarantined).toBeLessThanOrEqual(1);
    const present = new Set<number>();
    for (const r of reads) for (const e of r.entries) present.add(e.seq);
    const total = reads.reduce((n, r) => n + r.entries.length, 0);
    expect(present.size).toBe(total);
    for (const s of acked)
      if (!present.has(s)) throw new Error(`round ${round}: acknowledged seq ${s} is missing`);
  }
  return { acked: acked.size, tornInjected, quarantinedMax };
}

describe('journal under SIGKILL', () => {
  it(`keeps every acknowledged event over ${lanes * roundsPerLane} kills, quarantining at most one torn line`, {
    timeout: 180_000,
  }, async () => {
    const results = await Promise.all(Array.from({ length: lanes }, (_, i) => lane(0x5eed + i)));
    // The test must have exercised something: appends were acknowledged and torn tails were repaired.
    expect(results.reduce((n, r) => n + r.acked, 0)).toBeGreaterThan(100);
    expect(results.reduce((n, r) => n + r.tornInjected, 0)).toBeGreaterThan(5);
    expect(Math.max(...results.map((r) => r.quarantinedMax))).toBe(1);
  });
});
