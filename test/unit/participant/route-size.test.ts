import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeSize, routeSizes } from '../../../scripts/route-sizes';

// The budget: a phone on a slow venue Wi-Fi gets the participant app in at most 150 KB.
const PARTICIPANT_BUDGET = 150 * 1024;

/**
 * Builds the client from the current sources into a temp dir (not dist/client, which other runs
 * and the e2e tests use), with the project's own vite.config.ts, then measures the first load.
 */
describe('first load per route', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tafelronde-size-'));
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({
        configFile: resolve('vite.config.ts'),
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, manifest: true },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = nodeEnv;
    }
  }, 120_000);
  afterAll(async () => {
    if (outDir !== '') await rm(outDir, { recursive: true, force: true });
  });

  it('the participant route stays within 150 KB of JS and CSS, gzipped', () => {
    const size = routeSize(outDir, 'participant');
    expect(size.files.some((f) => /ParticipantView-.*\.js$/.test(f))).toBe(true);
    expect(size.files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(size.gzipBytes).toBeLessThanOrEqual(PARTICIPANT_BUDGET);
  });

  it("the participant route does not download the facilitator's, host's or desk's view", () => {
    const participant = routeSize(outDir, 'participant').files;
    const facilitator = routeSize(outDir, 'facilitator').files;
    const own = (files: string[], name: string) => files.filter((f) => f.includes(`${name}-`));
    expect(own(participant, 'FacilitatorView')).toEqual([]);
    expect(own(participant, 'HostView')).toEqual([]);
    expect(own(participant, 'DeskView')).toEqual([]);
    expect(own(facilitator, 'ParticipantView')).toEqual([]);
  });

  it('counts the shared entry once per route and every route has a size', () => {
    const sizes = routeSizes(outDir);
    expect(sizes.map((s) => s.route).sort()).toEqual(['desk', 'facilitator', 'host', 'participant', 'screen', 'start']);
    for (const s of sizes) {
      expect(new Set(s.files).size).toBe(s.files.length);
      expect(s.gzipBytes).toBeGreaterThan(0);
      expect(s.gzipBytes).toBeLessThan(s.rawBytes);
    }
  });
});
