import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, type Service, stopChild } from './services';

const root = path.resolve(import.meta.dirname, '../..');
/** The README's sample configuration; the cluster runs exactly this, with its own ports put in. */
export const SAMPLE_CONFIG = path.join(root, 'deploy/nginx.conf');
/** The sample for one server behind nginx with TLS; its test runs exactly this, templated. */
export const TLS_SAMPLE_CONFIG = path.join(root, 'deploy/nginx-tls.conf');

/**
 * The sample's http-level part with this cluster's nodes in every upstream block and nginx
 * listening on 127.0.0.1:`port` only.
 */
export function siteConfig(sample: string, nodePorts: readonly number[], port: number): string {
  const servers = nodePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;\n`).join('');
  const site = sample
    .replace(/^\s*server\s+[^\s;{]+:\d+[^;{]*;\n/gm, '')
    .replace(/^(upstream\s+\S+\s*\{\n(?:\s*(?:hash|least_conn|ip_hash)[^\n]*\n)?)/gm, `$1${servers}`)
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`);
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(servers)) {
    throw new Error(`${SAMPLE_CONFIG} no longer has the upstream and listen lines the cluster replaces`);
  }
  return site;
}

export type TlsSiteSettings = {
  /** The Tafelronde server behind nginx (on 127.0.0.1). */
  upstreamPort: number;
  /** Where nginx listens, on 127.0.0.1 only: the redirect's plain http and the https. */
  httpPort: number;
  httpsPort: number;
  certFile: string;
  keyFile: string;
};

/**
 * The TLS sample with only its ports, its certificate and its upstream changed: nginx on
 * 127.0.0.1 (the IPv6 listen lines go), the test's certificate, the test's server.
 */
export function tlsSiteConfig(sample: string, settings: TlsSiteSettings): string {
  const replacements: [RegExp, string][] = [
    [/^\s*listen\s+\[::\][^;]*;\n/gm, ''],
    [/^(\s*)listen\s+80;/m, `listen 127.0.0.1:${settings.httpPort};`],
    [/^(\s*)listen\s+443\s+ssl;/m, `listen 127.0.0.1:${settings.httpsPort} ssl;`],
    [/^(\s*)ssl_certificate\s+[^;]+;/m, `ssl_certificate ${settings.certFile};`],
    [/^(\s*)ssl_certificate_key\s+[^;]+;/m, `ssl_certificate_key ${settings.keyFile};`],
    [/^(\s*)server\s+127\.0\.0\.1:\d+;/m, `server 127.0.0.1:${settings.upstreamPort};`],
  ];
  let site = sample;
  for (const [pattern, line] of replacements) {
    const before = site;
    site = site.replace(pattern, (_match, indent: string | undefined) => (line === '' ? '' : `${indent}${line}`));
    if (site === before && line !== '') {
      throw new Error(`${TLS_SAMPLE_CONFIG} no longer has a line like ${pattern}, which its test replaces`);
    }
  }
  return site;
}

/** A whole nginx.conf around the site: in the foreground, one process, every file in `dir`. */
function mainConfig(site: string, dir: string): string {
  return `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${site}
}
`;
}

/**
 * nginx in front of the nodes, on a free port of 127.0.0.1, with the sample configuration.
 * Resolves once nginx answers on its port.
 */
export async function startNginx(nodePorts: readonly number[]): Promise<Service & { dir: string }> {
  const port = await freePort();
  const site = siteConfig(fs.readFileSync(SAMPLE_CONFIG, 'utf8'), nodePorts, port);
  return runNginx(site, port, `http://127.0.0.1:${port}`);
}

/**
 * nginx with the TLS sample in front of one server: `url` is its https, `httpUrl` the plain
 * http that only redirects. Resolves once nginx answers.
 */
export async function startTlsNginx(
  options: Omit<TlsSiteSettings, 'httpPort' | 'httpsPort'>,
): Promise<Service & { dir: string; httpUrl: string }> {
  const httpsPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === httpsPort) httpPort = await freePort();
  const site = tlsSiteConfig(fs.readFileSync(TLS_SAMPLE_CONFIG, 'utf8'), { ...options, httpPort, httpsPort });
  // nginx binds every listen line before it serves any: one answering port means both.
  const nginx = await runNginx(site, httpsPort, `https://127.0.0.1:${httpsPort}`);
  return { ...nginx, httpUrl: `http://127.0.0.1:${httpPort}` };
}

/** nginx in the foreground with `site` in its http block; resolves when `port` takes a connection. */
async function runNginx(site: string, port: number, url: string): Promise<Service & { dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-nginx-'));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, mainConfig(site, dir));
  const child = spawn('nginx', ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      const log = fs.existsSync(path.join(dir, 'error.log'))
        ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
        : '';
      reject(new Error(`nginx exited with ${code}: ${output}${log}`.slice(-3000)));
    }),
  );
  exited.catch(() => undefined);
  await Promise.race([listening(port), exited]);
  return {
    url,
    dir,
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * nginx says nothing when it is ready: it is ready when its port takes a connection. Tries again
 * after each refusal (each try waits for the refusal, so this does not spin).
 */
async function listening(port: number): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port}`);
}
