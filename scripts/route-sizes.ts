import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What a phone downloads on its first visit to each route: the JavaScript and CSS of index.html's
 * entry and everything it imports statically (what index.html's modulepreload links name), plus
 * the route's lazy view chunk and its static imports. Lazy chunks inside a view are not counted:
 * they load later. Sizes are gzipped (zlib's default level, as a compressing proxy would send).
 *
 * Reads Vite's manifest (`build.manifest: true` in vite.config.ts), so run `npx vite build` first.
 * `npm run size` prints the table; test/unit/participant/route-size.test.ts keeps the budget.
 */

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

/** The lazy view of each route, as named in client/src/main.tsx (manifest keys are relative to client/). */
export const ROUTE_VIEWS = {
  start: 'src/views/StartView.tsx',
  facilitator: 'src/views/FacilitatorView.tsx',
  host: 'src/views/HostView.tsx',
  desk: 'src/views/DeskView.tsx',
  screen: 'src/views/ScreenView.tsx',
  participant: 'src/views/ParticipantView.tsx',
} as const;
export type RouteName = keyof typeof ROUTE_VIEWS;

export type RouteSize = { route: RouteName; files: string[]; rawBytes: number; gzipBytes: number };

export function readManifest(clientDir: string): Manifest {
  return JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file a chunk needs before it runs: itself, its CSS, and its static imports' files, once each. */
function staticClosure(manifest: Manifest, key: string, into: Set<string>, seen = new Set<string>()): void {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`${key} is not in the Vite manifest`);
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into, seen);
}

export function routeSize(clientDir: string, route: RouteName, manifest = readManifest(clientDir)): RouteSize {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true && key.endsWith('index.html'));
  if (entry === undefined) throw new Error('no index.html entry in the Vite manifest');
  const files = new Set<string>();
  staticClosure(manifest, entry, files);
  staticClosure(manifest, ROUTE_VIEWS[route], files);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(clientDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { route, files: [...files].sort(), rawBytes, gzipBytes };
}

export function routeSizes(clientDir: string): RouteSize[] {
  const manifest = readManifest(clientDir);
  return (Object.keys(ROUTE_VIEWS) as RouteName[]).map((route) => routeSize(clientDir, route, manifest));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? 'dist/client');
  console.log(`first load per route (JS + CSS) from ${dir}`);
  for (const size of routeSizes(dir)) {
    console.log(
      `${size.route.padEnd(12)} ${kb(size.gzipBytes).padStart(9)} gzipped  ${kb(size.rawBytes).padStart(9)} raw  ${size.files.length} files`,
    );
  }
}
