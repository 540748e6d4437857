import { describe, expect, it } from 'vitest';
import { originAllowed, parseAllowedOrigins } from '../../../server/http/origin';

describe('originAllowed: the page behind a request against the server it reached', () => {
  const PROXIED = ['https://cafe.example.org'];
  // origin: the Origin header (undefined = none sent); host: the Host header as it reached us.
  const cases: {
    name: string;
    origin: string | undefined;
    host: string | undefined;
    allowed?: string[];
    ok: boolean;
  }[] = [
    {
      name: 'no Origin: not a browser page (curl, a native client, the tests)',
      origin: undefined,
      host: '127.0.0.1:3000',
      ok: true,
    },
    { name: 'no Origin and no Host', origin: undefined, host: undefined, ok: true },
    { name: 'our own page on the LAN', origin: 'http://192.168.1.20:3000', host: '192.168.1.20:3000', ok: true },
    {
      name: 'our own page, host name in other letter case',
      origin: 'http://Tafel.Local:3000',
      host: 'tafel.local:3000',
      ok: true,
    },
    {
      name: 'our own page on the default port, Host without port',
      origin: 'http://tafel.local',
      host: 'tafel.local',
      ok: true,
    },
    { name: 'default port written out in Host', origin: 'http://tafel.local', host: 'tafel.local:80', ok: true },
    {
      name: 'https page, TLS ended at a proxy that forwards Host',
      origin: 'https://cafe.example.org',
      host: 'cafe.example.org',
      ok: true,
    },
    {
      name: 'https page, Host with 443 written out',
      origin: 'https://cafe.example.org',
      host: 'cafe.example.org:443',
      ok: true,
    },
    { name: 'IPv6 loopback', origin: 'http://[::1]:3000', host: '[::1]:3000', ok: true },
    { name: 'another site', origin: 'http://evil.example', host: '192.168.1.20:3000', ok: false },
    {
      name: 'same machine, another port (another app)',
      origin: 'http://192.168.1.20:8080',
      host: '192.168.1.20:3000',
      ok: false,
    },
    { name: 'a port on the page, none in Host', origin: 'http://tafel.local:3000', host: 'tafel.local', ok: false },
    { name: 'a sub-domain of ours is another site', origin: 'http://evil.tafel.local', host: 'tafel.local', ok: false },
    { name: 'our host name inside theirs', origin: 'http://tafel.local.evil.example', host: 'tafel.local', ok: false },
    { name: '"null": a sandboxed frame or a file', origin: 'null', host: 'tafel.local', ok: false },
    { name: 'not a web scheme', origin: 'file:///home/x', host: 'tafel.local', ok: false },
    { name: 'an extension page', origin: 'chrome-extension://abcdef', host: 'abcdef', ok: false },
    { name: 'garbage', origin: '%%%', host: 'tafel.local', ok: false },
    { name: 'an Origin with a path is no origin', origin: 'http://tafel.local/x', host: 'tafel.local', ok: false },
    { name: 'Host with credentials names no host', origin: 'http://tafel.local', host: 'evil@tafel.local', ok: false },
    { name: 'Host with a path names no host', origin: 'http://tafel.local', host: 'tafel.local/x', ok: false },
    { name: 'a page with an Origin but no Host', origin: 'http://tafel.local', host: undefined, ok: false },
    {
      name: 'behind a proxy that rewrites Host: listed',
      origin: 'https://cafe.example.org',
      host: '127.0.0.1:3001',
      allowed: PROXIED,
      ok: true,
    },
    {
      name: 'behind that proxy: not listed',
      origin: 'https://other.example.org',
      host: '127.0.0.1:3001',
      allowed: PROXIED,
      ok: false,
    },
    {
      name: 'the list names https, the page is http',
      origin: 'http://cafe.example.org',
      host: '127.0.0.1:3001',
      allowed: PROXIED,
      ok: false,
    },
    {
      name: 'the list names the default port, the page another',
      origin: 'https://cafe.example.org:8443',
      host: '127.0.0.1:3001',
      allowed: PROXIED,
      ok: false,
    },
  ];
  for (const c of cases) {
    it(`${c.ok ? 'allows' : 'refuses'}: ${c.name}`, () => {
      expect(originAllowed(c.origin, c.host, c.allowed ?? [])).toBe(c.ok);
    });
  }
});

describe('parseAllowedOrigins: the ALLOWED_ORIGINS setting', () => {
  const cases: { raw: string | undefined; origins: string[] | 'error' }[] = [
    { raw: undefined, origins: [] },
    { raw: '', origins: [] },
    { raw: ' , ', origins: [] },
    { raw: 'https://cafe.example.org', origins: ['https://cafe.example.org'] },
    {
      raw: 'https://Cafe.Example.org/, http://10.0.0.5:8080',
      origins: ['https://cafe.example.org', 'http://10.0.0.5:8080'],
    },
    { raw: 'https://cafe.example.org:443', origins: ['https://cafe.example.org'] },
    { raw: 'cafe.example.org', origins: 'error' },
    { raw: 'https://cafe.example.org/app', origins: 'error' },
    { raw: 'https://cafe.example.org, *', origins: 'error' },
    { raw: 'ftp://cafe.example.org', origins: 'error' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.raw)} → ${JSON.stringify(c.origins)}`, () => {
      if (c.origins === 'error')
        expect(() => parseAllowedOrigins(c.raw)).toThrow(/ALLOWED_ORIGINS: ".+" is not an origin/);
      else expect(parseAllowedOrigins(c.raw)).toEqual(c.origins);
    });
  }
});
