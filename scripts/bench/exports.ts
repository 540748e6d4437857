import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nanoid } from 'nanoid';
import type { CreateSessionResponse, SessionLinks } from '../../shared/protocol/api';
import { BenchClient } from './bench-client';
import { secretOf } from './evening';
import { cpuSeconds, memoryMb, now, paced, spawnServer } from './proc';
import { type Summary, summarize } from './stats';

export type ExportsOptions = {
  clientDir: string;
  /** Cards in the finished evening that is exported (a big evening's report). */
  cards: number;
  /** Card acks per second from a host of another, live session, and for how long per stage. */
  acksPerSecond: number;
  seconds: number;
  log: (line: string) => void;
};

export const EXPORT_FORMATS = ['docx', 'html', 'md'] as const;
type Format = (typeof EXPORT_FORMATS)[number];

export type ExportsResult = {
  mode: 'inline' | 'worker';
  cards: number;
  /** A live session's host card acks with no export running, then while exports run back to back. */
  quiet: Summary;
  exporting: Summary;
  exportMs: Record<Format, Summary>;
  failedExports: number;
  server: { cpuSeconds: number; peakRssMb: number };
};

/**
 * Issue 15: does a live export move the acks? A finished big evening is exported over and over
 * (Word, the printable page, Markdown, one after another) while a host of another session adds
 * cards at a steady pace; the same host also runs without exports first. Played twice against
 * fresh servers: EXPORT_THREADS=0 (rendered on the main thread, the old way) and 1 (the worker).
 */
export async function runExports(options: ExportsOptions): Promise<ExportsResult[]> {
  const results: ExportsResult[] = [];
  for (const mode of ['inline', 'worker'] as const) {
    options.log(`  exports ${mode === 'inline' ? 'on the main thread (EXPORT_THREADS=0)' : 'in a worker'}`);
    results.push(await runMode(mode, options));
  }
  return results;
}

async function runMode(mode: 'inline' | 'worker', options: ExportsOptions): Promise<ExportsResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-bench-'));
  const server = await spawnServer('server/main.ts', {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CLIENT_DIR: options.clientDir,
    COMMANDS_PER_SECOND: '100000',
    SESSIONS_PER_HOUR: '100000',
    EXPORT_THREADS: mode === 'inline' ? '0' : '1',
  });
  const clients: BenchClient[] = [];
  try {
    const big = await session(server.url, clients);
    // The finished evening: cards spread over its tables, written by their hosts in parallel.
    const hosts = [...big.hosts.values()];
    await Promise.all(
      hosts.map(async (host, h) => {
        for (let k = h; k < options.cards; k += hosts.length)
          await must(host, {
            type: 'card.add',
            cardId: nanoid(),
            text: `Idee ${k}: een buurthuis met een open keuken, waar jong en oud elkaar treffen en samen koken voor de buurt`,
            tags: k % 3 === 0 ? ['buurthuis'] : [],
          });
      }),
    );
    const live = await session(server.url, clients);
    const liveHost = live.hosts.values().next().value!;
    const exportOnce = async (format: Format) => {
      const t0 = now();
      const res = await fetch(`${server.url}/api/sessions/${big.sessionId}/report.${format}?version=internal`, {
        headers: { authorization: `Bearer ${big.token}` },
      });
      await res.arrayBuffer();
      return { ok: res.ok, ms: now() - t0 };
    };
    // Warm both ways alike: the JIT, and in worker mode the worker itself.
    for (const format of EXPORT_FORMATS) await exportOnce(format);

    const acks = async () => {
      const times: number[] = [];
      const count = Math.round(options.acksPerSecond * options.seconds);
      const sent: Promise<void>[] = [];
      await paced(count, options.acksPerSecond, now() + 50, (k) => {
        sent.push(
          liveHost
            .send({ id: nanoid(), type: 'card.add', cardId: nanoid(), text: `Live idee ${k}`, tags: [] })
            .then(({ ack, ms }) => {
              if (!ack.ok) throw new Error(`card.add refused: ${ack.error.code}`);
              times.push(ms);
            }),
        );
      });
      await Promise.all(sent);
      return summarize(times);
    };

    const quiet = await acks();
    const cpu0 = cpuSeconds(server.pid);
    const exportMs: Record<Format, number[]> = { docx: [], html: [], md: [] };
    let failedExports = 0;
    let stop = false;
    const exporting = (async () => {
      for (let i = 0; !stop; i++) {
        const format = EXPORT_FORMATS[i % EXPORT_FORMATS.length]!;
        const { ok, ms } = await exportOnce(format);
        if (ok) exportMs[format].push(ms);
        else failedExports++;
      }
    })();
    const during = await acks();
    stop = true;
    await exporting;
    return {
      mode,
      cards: options.cards,
      quiet,
      exporting: during,
      exportMs: { docx: summarize(exportMs.docx), html: summarize(exportMs.html), md: summarize(exportMs.md) },
      failedExports,
      server: { cpuSeconds: cpuSeconds(server.pid) - cpu0, peakRssMb: memoryMb(server.pid).peak },
    };
  } finally {
    for (const c of clients) c.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function must(client: BenchClient, command: Record<string, unknown>): Promise<void> {
  const { ack } = await client.send({ id: nanoid(), ...command });
  if (!ack.ok) throw new Error(`${String(command['type'])} refused: ${ack.error.code} ${ack.error.message}`);
}

/** A session of the reference template in its first table round, its facilitator and hosts connected. */
async function session(url: string, clients: BenchClient[]) {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"template":"world-cafe-evening"}',
  });
  if (!res.ok) throw new Error(`creating a session failed: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as CreateSessionResponse;
  const token = secretOf(created.facilitator);
  const links = (await (
    await fetch(`${url}/api/sessions/${created.sessionId}/links`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as SessionLinks;
  const facilitator = new BenchClient(url, { kind: 'facilitator', token });
  const hosts = new Map(links.hosts.map((h) => [h.tableId, new BenchClient(url, { kind: 'host', code: h.code })]));
  clients.push(facilitator, ...hosts.values());
  if (!(await Promise.all(clients.map((c) => c.ready()))).every(Boolean)) throw new Error('staff could not connect');
  // Walk-in, plenary, break: the fourth phase is the first table round, where hosts write cards.
  for (let i = 0; i < 4; i++) await must(facilitator, { type: 'phase.advance' });
  return { sessionId: created.sessionId, token, hosts };
}
