import { describe, expect, it } from 'vitest';
import { isVideoUrl, VideoUrl } from '../../../shared/protocol/video-url';
import { LIMITS } from '../../../shared/protocol/limits';
import { attempt, session, T0 } from '../rules/fixtures';

const tablesWith = (videoUrl: string | null) =>
  session().tables.map((t, i) => (i === 1 ? { ...t, online: true, videoUrl } : t));

describe('the video link of an online table', () => {
  it.each([
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d', true],
    ['https://us02web.zoom.us/j/81234567890?pwd=abcDEF', true],
    ['https://meet.jit.si/WijkavondNoord-tafel2', true],
    ['https://whereby.com/wijkavond', true],
    ['https://meet.example.org:8443/room#fragment', true],
    ['http://meet.jit.si/room', false],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(document.cookie)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://meet.jit.si/room name', false],
    ['https://meet.jit.si/room\tname', false],
    ['https://meet.jit.si/room\u0000', false],
    ['https://teams.microsoft.com@evil.example/join', false],
    ['https://user:pass@meet.example.org/', false],
    ['meet.jit.si/room', false],
    ['https://', false],
    ['ftp://meet.example.org/room', false],
    ['', false],
  ])('%s → %s', (link, ok) => {
    expect(isVideoUrl(link)).toBe(ok);
    expect(VideoUrl.safeParse(link).success).toBe(ok);
  });

  it('takes the spaces around a pasted link off, and refuses a link longer than the limit', () => {
    expect(VideoUrl.parse('  https://meet.jit.si/room \n')).toBe('https://meet.jit.si/room');
    expect(VideoUrl.safeParse(`https://meet.jit.si/${'a'.repeat(LIMITS.url)}`).success).toBe(false);
  });

  // SPEC R16
  it('tables.set refuses a bad link with VALIDATION at the field, and takes a good one or none', () => {
    for (const bad of ['javascript:alert(1)', 'http://meet.jit.si/x', 'https://meet.jit.si/a b']) {
      const d = attempt(session(), 'fac', { type: 'tables.set', tables: tablesWith(bad) }, T0);
      // (the fixture parses like the server's door; the message itself is checked through a real server)
      expect(d.ok ? 'accepted' : d.error).toMatchObject({ code: 'VALIDATION', path: 'tables.1.videoUrl' });
    }
    for (const good of ['https://meet.jit.si/x', null]) {
      const d = attempt(session(), 'fac', { type: 'tables.set', tables: tablesWith(good) }, T0);
      expect(d.ok && d.events[0]).toMatchObject({ type: 'tables.set' });
    }
  });
});
