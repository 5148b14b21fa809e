/** The ICS parser on exports written the way Google, Outlook (Exchange) and Apple Calendar write them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarParseError, parseBusyEvents } from '../../../main/calendar/parse-ics';

const fixture = (name: string) => readFileSync(`test/fixtures/calendar/${name}`, 'utf8');
const H = 3_600_000;
const iso = (s: string) => Date.parse(s);
/** Busy spans as ISO strings, the way the expectations are written. */
function spans(text: string, from: string, timeZone: string): string[] {
  return parseBusyEvents(text, { from: iso(from), to: iso(from) + 36 * H, timeZone }).map(
    (e) => `${new Date(e.start).toISOString()} ${new Date(e.end).toISOString()} ${e.title}`,
  );
}

describe('Google export (Europe/Berlin)', () => {
  const ics = fixture('google.ics');

  it('keeps the moved occurrence and the one-off; drops the excluded date, the free, cancelled and all-day events', () => {
    expect(spans(ics, '2026-03-31T00:00:00Z', 'Europe/Berlin')).toEqual([
      '2026-03-31T11:00:00.000Z 2026-03-31T11:30:00.000Z 1:1 with Sam',
      '2026-04-01T09:00:00.000Z 2026-04-01T09:15:00.000Z Daily stand-up (moved)',
    ]);
  });

  it('the 09:30 stand-up is 08:30 UTC before the change to summer time and 07:30 UTC after it', () => {
    expect(spans(ics, '2026-03-27T00:00:00Z', 'Europe/Berlin')).toEqual([
      '2026-03-27T08:30:00.000Z 2026-03-27T08:45:00.000Z Daily stand-up',
    ]);
    expect(spans(ics, '2026-03-30T00:00:00Z', 'Europe/Berlin')).toEqual([
      '2026-03-30T07:30:00.000Z 2026-03-30T07:45:00.000Z Daily stand-up',
      '2026-03-31T11:00:00.000Z 2026-03-31T11:30:00.000Z 1:1 with Sam',
    ]);
  });

  it('a cancelled single occurrence is left out', () => {
    expect(spans(ics, '2026-04-02T00:00:00Z', 'Europe/Berlin')).toEqual([
      '2026-04-03T07:30:00.000Z 2026-04-03T07:45:00.000Z Daily stand-up',
    ]);
  });
});

describe('Outlook export (Windows zone names)', () => {
  const ics = fixture('outlook.ics');

  it('a weekly meeting at 10:00 "W. Europe Standard Time" follows the change to summer time', () => {
    expect(spans(ics, '2026-03-27T00:00:00Z', 'UTC')).toEqual([
      '2026-03-27T09:00:00.000Z 2026-03-27T10:00:00.000Z Team sync',
    ]);
    // The free lunch and the all-day out-of-office are not busy.
    expect(spans(ics, '2026-04-03T00:00:00Z', 'UTC')).toEqual([
      '2026-04-03T08:00:00.000Z 2026-04-03T09:00:00.000Z Team sync',
    ]);
  });

  it('an excluded week is empty and a moved week is at its new time', () => {
    expect(spans(ics, '2026-04-10T00:00:00Z', 'UTC')).toEqual([]);
    expect(spans(ics, '2026-04-17T00:00:00Z', 'UTC')).toEqual([
      '2026-04-17T12:00:00.000Z 2026-04-17T13:00:00.000Z Team sync (afternoon this week)',
    ]);
  });

  it('the series ends at its UNTIL', () => {
    expect(spans(ics, '2026-05-08T00:00:00Z', 'UTC')).toEqual([]);
  });
});

describe('Apple Calendar export (America/New_York)', () => {
  it('a daily 08:00 across the US change to summer time, a UTC event, and no free or all-day events', () => {
    expect(spans(fixture('apple.ics'), '2026-03-07T06:00:00Z', 'America/New_York')).toEqual([
      '2026-03-07T13:00:00.000Z 2026-03-07T13:30:00.000Z Morning check-in',
      '2026-03-07T16:00:00.000Z 2026-03-07T16:30:00.000Z Call with Alex',
      '2026-03-08T12:00:00.000Z 2026-03-08T12:30:00.000Z Morning check-in',
    ]);
  });

  it('COUNT=5 ends the series', () => {
    expect(spans(fixture('apple.ics'), '2026-03-11T00:00:00Z', 'America/New_York')).toEqual([]);
  });
});

/** A hand-made calendar around one VEVENT body. */
const calendar = (body: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand//EN\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTAMP:20260101T000000Z\r\n${body}END:VEVENT\r\nEND:VCALENDAR\r\n`;

describe('hand-made files', () => {
  it('a TZID the file does not define is read in that IANA zone', () => {
    const ics = calendar(
      'DTSTART;TZID=Europe/Berlin:20260701T100000\r\nDTEND;TZID=Europe/Berlin:20260701T103000\r\nSUMMARY:A\r\n',
    );
    expect(spans(ics, '2026-07-01T00:00:00Z', 'Asia/Tokyo')).toEqual([
      '2026-07-01T08:00:00.000Z 2026-07-01T08:30:00.000Z A',
    ]);
  });

  it("a floating time (no zone) is read in the user's zone", () => {
    const ics = calendar('DTSTART:20260701T100000\r\nDTEND:20260701T110000\r\nSUMMARY:B\r\n');
    expect(spans(ics, '2026-06-30T12:00:00Z', 'Asia/Tokyo')).toEqual([
      '2026-07-01T01:00:00.000Z 2026-07-01T02:00:00.000Z B',
    ]);
  });

  it('a duration instead of an end, and no title', () => {
    const ics = calendar('DTSTART:20260701T100000Z\r\nDURATION:PT45M\r\n');
    expect(spans(ics, '2026-07-01T00:00:00Z', 'UTC')).toEqual([
      '2026-07-01T10:00:00.000Z 2026-07-01T10:45:00.000Z ',
    ]);
  });

  it("Outlook's busy status FREE is free even without TRANSP; TENTATIVE still counts", () => {
    const free = calendar(
      'DTSTART:20260701T100000Z\r\nDTEND:20260701T110000Z\r\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n',
    );
    const tentative = calendar(
      'DTSTART:20260701T100000Z\r\nDTEND:20260701T110000Z\r\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\nSUMMARY:T\r\n',
    );
    expect(spans(free, '2026-07-01T00:00:00Z', 'UTC')).toEqual([]);
    expect(spans(tentative, '2026-07-01T00:00:00Z', 'UTC')).toEqual([
      '2026-07-01T10:00:00.000Z 2026-07-01T11:00:00.000Z T',
    ]);
  });

  it('a timed span of 24 hours or more is not a meeting', () => {
    const ics = calendar('DTSTART:20260701T080000Z\r\nDTEND:20260702T080000Z\r\nSUMMARY:Conference\r\n');
    expect(spans(ics, '2026-07-01T00:00:00Z', 'UTC')).toEqual([]);
  });

  it('an event that started before the window and is still on counts', () => {
    const ics = calendar('DTSTART:20260701T080000Z\r\nDTEND:20260701T100000Z\r\nSUMMARY:C\r\n');
    expect(spans(ics, '2026-07-01T09:00:00Z', 'UTC')).toEqual([
      '2026-07-01T08:00:00.000Z 2026-07-01T10:00:00.000Z C',
    ]);
  });

  it('a rule that steps by the minute gives up instead of running on', () => {
    const ics = calendar('DTSTART:20100101T000000Z\r\nDTEND:20100101T000030Z\r\nRRULE:FREQ=MINUTELY\r\n');
    const started = performance.now();
    expect(spans(ics, '2026-07-01T00:00:00Z', 'UTC')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['a web page', '<!DOCTYPE html><html><body>Sign in</body></html>'],
    ['JSON', '{"error":"not found"}'],
    ['an empty reply', ''],
  ])('%s is not a calendar', (_name, text) => {
    expect(() => parseBusyEvents(text, { from: 0, to: 1, timeZone: 'UTC' })).toThrow(CalendarParseError);
  });

  it('a broken calendar gets a clear error', () => {
    expect(() =>
      parseBusyEvents('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n', {
        from: 0,
        to: 1,
        timeZone: 'UTC',
      }),
    ).toThrow(/could not be read/);
  });
});
