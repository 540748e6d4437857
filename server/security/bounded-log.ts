/**
 * A log an attacker cannot grow without bound. Bad requests, refused handshakes and flooders can
 * each be made thousands of times a second, and each used to write its own line. Here each kind
 * of line is written at most `perWindow` times a minute, every line cut to `maxChars`; the rest
 * are counted and told in one line when the minute is over (or when the server stops):
 * "1995 more like this suppressed in the last 60 s: http 400".
 *
 * A line's kind is given by the caller, or else its first words, which in this server are always
 * our own text (what a client sent comes later in the line, quoted).
 */
export type BoundedLog = ((message: string, kind?: string) => void) & { flush(): void };

type Window = { start: number; logged: number; suppressed: number; timer: NodeJS.Timeout | null };

const MAX_KINDS = 100;

export function boundedLog(
  log: (message: string) => void,
  options: { now: () => number; perWindow?: number; windowMs?: number; maxChars?: number },
): BoundedLog {
  const perWindow = options.perWindow ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const maxChars = options.maxChars ?? 300;
  const windows = new Map<string, Window>();

  const summarise = (kind: string, w: Window) => {
    if (w.timer !== null) clearTimeout(w.timer);
    windows.delete(kind);
    if (w.suppressed > 0)
      log(`${w.suppressed} more like this suppressed in the last ${Math.round(windowMs / 1000)} s: ${kind}`);
  };

  const write = (message: string, given?: string) => {
    const text = message.length > maxChars ? `${message.slice(0, maxChars)}…` : message;
    let kind = given ?? /^[a-z]+(?: [a-z]+){0,2}/i.exec(text)?.[0] ?? 'other';
    if (!windows.has(kind) && windows.size >= MAX_KINDS) kind = 'other';
    let w = windows.get(kind);
    if (w !== undefined && options.now() - w.start >= windowMs) {
      summarise(kind, w);
      w = undefined;
    }
    if (w === undefined) {
      w = { start: options.now(), logged: 0, suppressed: 0, timer: null };
      windows.set(kind, w);
    }
    if (w.logged < perWindow) {
      w.logged++;
      log(text);
      return;
    }
    w.suppressed++;
    if (w.timer === null) {
      const current = w;
      // The count is told even when no line of this kind comes after it; never keeps the process up.
      current.timer = setTimeout(() => summarise(kind, current), windowMs).unref();
    }
  };
  return Object.assign(write, {
    flush: () => {
      for (const [kind, w] of [...windows]) summarise(kind, w);
    },
  });
}
