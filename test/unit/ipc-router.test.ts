import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../main/errors';
import { createRouter, type Handlers } from '../../main/ipc/router';
import { isTrustedSender } from '../../main/ipc/sender';
import { invokeChannelNames } from '../../shared/ipc';
import { defaultSettings } from '../../shared/settings';

function recordingHandlers() {
  const calls: { channel: string; request: unknown }[] = [];
  const record =
    <T>(channel: string, value: T) =>
    (request: unknown) => {
      calls.push({ channel, request });
      return value;
    };
  const handlers = Object.fromEntries(invokeChannelNames.map((c) => [c, record(c, null)]));
  return {
    calls,
    handlers: { ...handlers, 'settings.get': record('settings.get', defaultSettings) } as Handlers,
  };
}

describe('IPC router', () => {
  it('passes a valid payload to its handler and wraps the value', async () => {
    const { calls, handlers } = recordingHandlers();
    const dispatch = createRouter(handlers);
    const result = await dispatch('summary.day', { date: '2026-11-23' });
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: 'summary.day', request: { date: '2026-11-23' } }]);
  });

  it('refuses a payload that fails its schema with the key and rule, and never calls the handler', async () => {
    const { calls, handlers } = recordingHandlers();
    const dispatch = createRouter(handlers);
    const result = await dispatch('settings.update', { awayThresholdMin: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-payload');
    // The rule crosses as a code with its bound; the window words it.
    expect(result.error.issues).toEqual([
      { code: 'tooSmallNumber', path: 'awayThresholdMin', minimum: 1, inclusive: true },
    ]);
    expect(result.error.message).toMatch(/awayThresholdMin tooSmallNumber/);
    expect(calls).toEqual([]);
  });

  it('refuses a date range with a malformed date by naming the date, and checks order and span after', async () => {
    const { calls, handlers } = recordingHandlers();
    const dispatch = createRouter(handlers);
    const bad = await dispatch('summary.range', { from: 'soon', to: '2026-11-23' });
    expect(bad.ok === false && bad.error.code).toBe('invalid-payload');
    expect(bad.ok === false && bad.error.issues).toEqual([{ code: 'invalidDate', path: 'from' }]);
    const long = await dispatch('summary.range', { from: '2020-01-01', to: '2026-01-02' });
    expect(long.ok === false && long.error.issues).toEqual([{ code: 'invalid', path: '' }]);
    const reversed = await dispatch('summary.range', { from: '2026-01-02', to: '2026-01-01' });
    expect(reversed.ok === false && reversed.error.issues).toEqual([{ code: 'startAfterEnd', path: '' }]);
    expect(calls).toEqual([]);
  });

  it('names unknown keys', async () => {
    const { calls, handlers } = recordingHandlers();
    const result = await createRouter(handlers)('settings.update', { snooze: { minutes: 5, color: 'red' } });
    expect(result.ok === false && result.error.issues).toEqual([
      { code: 'unknownField', path: 'snooze', keys: ['snooze.color'] },
    ]);
    expect(calls).toEqual([]);
  });

  it('refuses unknown channels and non-string channel names', async () => {
    const { calls, handlers } = recordingHandlers();
    const dispatch = createRouter(handlers);
    for (const channel of ['app.hack', '__proto__', 'constructor', 42, null, Object.create(null)]) {
      const result = await dispatch(channel, undefined);
      expect(result.ok === false && result.error.code).toBe('unknown-channel');
    }
    expect(calls).toEqual([]);
  });

  it('returns handler failures as values: user-facing text as is, others prefixed with the channel', async () => {
    const { handlers } = recordingHandlers();
    const errors: unknown[] = [];
    const dispatch = createRouter(
      {
        ...handlers,
        'summary.day': () => {
          throw new UserFacingError({ code: 'goalMissing' });
        },
        'timeline.day': () => {
          throw new Error('disk on fire');
        },
      },
      (_c, e) => errors.push(e),
    );
    expect(await dispatch('summary.day', { date: '2026-11-23' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'refused: {"code":"goalMissing"}',
        issues: [],
        reason: { code: 'goalMissing' },
      },
    });
    const failed = await dispatch('timeline.day', { date: '2026-11-23' });
    expect(failed.ok === false && failed.error.message).toBe('timeline.day failed: disk on fire');
    expect(errors).toHaveLength(1);
  });
});

describe('sender check', () => {
  it('trusts only the listed origins', () => {
    const trusted = ['app://sitwise', 'http://localhost:5173'];
    expect(isTrustedSender('app://sitwise/index.html#/today', trusted)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/prompt.html', trusted)).toBe(true);
    expect(isTrustedSender('app://sitwise.evil/index.html', trusted)).toBe(false);
    expect(isTrustedSender('https://example.com/', trusted)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', trusted)).toBe(false);
    expect(isTrustedSender('not a url', trusted)).toBe(false);
    expect(isTrustedSender(undefined, trusted)).toBe(false);
  });
});
