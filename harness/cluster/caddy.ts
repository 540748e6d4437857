import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, stopChild, waitForLine } from './services';

const root = path.resolve(import.meta.dirname, '../..');
/** The Caddy sample; its test runs exactly this, with its site address, certificate and upstream put in. */
export const CADDY_SAMPLE = path.join(root, 'deploy/Caddyfile');

export type CaddySiteSettings = {
  /** The Tafelronde server behind Caddy (on 127.0.0.1). */
  upstreamPort: number;
  httpsPort: number;
  certFile: string;
  keyFile: string;
};

/**
 * The sample with the test's site address (127.0.0.1 and its port instead of the public name),
 * the test's certificate instead of one Caddy would fetch, and the test's server as upstream.
 */
export function caddySite(sample: string, settings: CaddySiteSettings): string {
  const replacements: [RegExp, (indent: string) => string][] = [
    [
      /^(\s*)cafe\.example\.org \{$/m,
      (i) => `${i}127.0.0.1:${settings.httpsPort} {\n\ttls ${settings.certFile} ${settings.keyFile}`,
    ],
    [/^(\s*)reverse_proxy 127\.0\.0\.1:\d+$/m, (i) => `${i}reverse_proxy 127.0.0.1:${settings.upstreamPort}`],
  ];
  let site = sample;
  for (const [pattern, line] of replacements) {
    if (!pattern.test(site))
      throw new Error(`${CADDY_SAMPLE} no longer has a line like ${pattern}, which its test replaces`);
    site = site.replace(pattern, (_match, indent: string) => line(indent));
  }
  return site;
}

/**
 * Caddy with the sample on 127.0.0.1 only: `url` is its https, `httpUrl` the plain http that
 * only redirects. No admin endpoint, everything it keeps in a temp directory, nothing added to the
 * system's trust store. Resolves when Caddy says it serves the configuration.
 */
export async function startCaddy(
  options: Omit<CaddySiteSettings, 'httpsPort'>,
): Promise<Service & { httpUrl: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-caddy-'));
  const httpsPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === httpsPort) httpPort = await freePort();
  const globals = `{
\tadmin off
\tdefault_bind 127.0.0.1
\thttp_port ${httpPort}
\thttps_port ${httpsPort}
\tskip_install_trust
\tstorage file_system ${dir}/data
}
`;
  const config = path.join(dir, 'Caddyfile');
  fs.writeFileSync(config, globals + caddySite(fs.readFileSync(CADDY_SAMPLE, 'utf8'), { ...options, httpsPort }));
  const child = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    cwd: dir,
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: `${dir}/xdg-data`, XDG_CONFIG_HOME: `${dir}/xdg-config` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForLine(child, /serving initial configuration/, 'caddy');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `https://127.0.0.1:${httpsPort}`, httpUrl: `http://127.0.0.1:${httpPort}`, stop };
}
