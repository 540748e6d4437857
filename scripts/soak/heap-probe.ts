/**
 * Loaded into the server by the soak (`node --expose-gc --import ./scripts/soak/heap-probe.ts`):
 * on the IPC message `heap` it collects garbage fully and answers with what is left. A heap read
 * without a full collection measures when V8 last collected, not what the server still holds.
 */
process.on('message', (message) => {
  if (message !== 'heap') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss, collected: gc !== undefined });
});
// The channel must not keep a server that is told to stop alive.
process.channel?.unref();
