/**
 * Lets the host page open without a network: a service worker (client/public/host-sw.js, scope
 * /host) keeps the page and its scripts, so a reload in a dead spot still shows the table and its
 * outbox. Browsers allow service workers only on https or localhost; elsewhere the outbox still
 * survives, but a reload needs the network to load the page.
 *
 * Resolves true once this page's files are in the worker's cache.
 */
export async function keepPageOffline(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register('/host-sw.js', { scope: '/host' });
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker === null) return false;
    // The page loaded before the worker ran, so it tells the worker what it loaded (the lazy
    // chunks included).
    const urls = [
      '/host',
      ...performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(`${location.origin}/assets/`)),
    ];
    return await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent<{ ok?: boolean }>) => resolve(e.data.ok === true);
      worker.postMessage({ type: 'cache', urls }, [channel.port2]);
    });
  } catch {
    return false;
  }
}
