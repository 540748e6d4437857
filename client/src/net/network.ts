/**
 * What the connection asks of the browser about the network and the page: whether the device
 * says it is online, and the `online`, `offline` and `pagehide` events. Injected, so the
 * connection runs in a unit test without a window.
 */
export interface BrowserNetwork {
  readonly online: boolean;
  /** Listens to `online`/`offline`/`pagehide`; the returned function stops listening. */
  on(event: 'online' | 'offline' | 'pagehide', listener: () => void): () => void;
}

export const browserNetwork: BrowserNetwork = {
  get online() {
    return navigator.onLine;
  },
  on(event, listener) {
    window.addEventListener(event, listener);
    return () => window.removeEventListener(event, listener);
  },
};
