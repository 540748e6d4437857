import { describe, expect, it } from 'vitest';
import { newSessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { calendarEntry, calendarFile, calendarFileName } from '../../../server/http/calendar';

/** The reference evening (walk-in 18:30, drinks until 22:00) on a given date. */
function evening(date: string | null) {
  const setup = { ...templateSetup('world-cafe-evening', 'nl'), date, venue: 'Buurthuis De Linde, Utrecht' };
  return newSessionState({ id: 'sess1', joinCode: 'ABC234', setup, now: Date.parse('2026-12-01T12:00:00Z') });
}

const line = (ics: string, name: string) => ics.split('\r\n').find((l) => l.startsWith(`${name}:`));

describe('calendarEntry and calendarFile: the evening in UTC as the venue (Europe/Amsterdam) plans it', () => {
  const cases = [
    { name: 'winter time (CET, UTC+1)', date: '2027-01-15', start: '20270115T173000Z', end: '20270115T210000Z' },
    { name: 'summer time (CEST, UTC+2)', date: '2027-07-10', start: '20270710T163000Z', end: '20270710T200000Z' },
    { name: 'the day the clocks go forward', date: '2027-03-28', start: '20270328T163000Z', end: '20270328T200000Z' },
    { name: 'the day the clocks go back', date: '2027-10-31', start: '20271031T173000Z', end: '20271031T210000Z' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const entry = calendarEntry(evening(c.date), 'https://cafe.example.org');
      expect(entry).not.toBeNull();
      const ics = calendarFile([entry!], 'Wijkavond');
      expect(line(ics, 'DTSTART')).toBe(`DTSTART:${c.start}`);
      expect(line(ics, 'DTEND')).toBe(`DTEND:${c.end}`);
    });
  }

  it('names the venue as the location and the join page as the URL, one UID per session', () => {
    const ics = calendarFile([calendarEntry(evening('2027-01-15'), 'https://cafe.example.org')!], 'Wijkavond');
    expect(line(ics, 'LOCATION')).toBe('LOCATION:Buurthuis De Linde\\, Utrecht');
    expect(line(ics, 'URL')).toBe('URL:https://cafe.example.org/join/ABC234');
    expect(line(ics, 'UID')).toBe('UID:sess1@tafelronde');
    expect(line(ics, 'X-WR-CALNAME')).toBe('X-WR-CALNAME:Wijkavond');
  });

  it('a programme: one event per session in one file', () => {
    const a = calendarEntry(evening('2027-01-15'), 'https://x.org')!;
    const b = { ...calendarEntry(evening('2027-07-10'), 'https://x.org')!, uid: 'sess2@tafelronde' };
    const ics = calendarFile([a, b], 'Reeks');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20270115T173000Z');
    expect(ics).toContain('DTSTART:20270710T163000Z');
  });

  it('no date, or no agenda: no entry (a guessed day would be worse than none)', () => {
    expect(calendarEntry(evening(null), 'https://x.org')).toBeNull();
    expect(calendarEntry({ ...evening('2027-01-15'), agenda: [] }, 'https://x.org')).toBeNull();
  });

  it('file names people recognise', () => {
    expect(calendarFileName('Wijkavond Overvecht: é', '2027-01-15')).toBe('wijkavond-overvecht-e-2027-01-15.ics');
    expect(calendarFileName('???', null)).toBe('tafelronde.ics');
  });
});
