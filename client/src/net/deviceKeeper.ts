import { useStore } from '../store';
import type { DeviceStore } from './deviceStore';
import type { BrowserNetwork } from './network';
import type { Outbox } from './outbox';

/** The cached view is written at most this often (every batch would be many small writes). */
const VIEW_SAVE_MS = 1000;

/**
 * Keeps a device's outbox and last view on the device (the host's tablet), so a reload or a
 * browser restart without a connection still shows the table and sends what was captured.
 */
export class DeviceKeeper {
  private saving: Promise<void> = Promise.resolve();
  private unsaved = 0;
  private viewTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly stops: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly store: DeviceStore,
    network: BrowserNetwork,
  ) {
    this.stops.push(
      useStore.subscribe((s, before) => {
        if (s.session.state === before.session.state || this.viewTimer !== null) return;
        this.viewTimer = setTimeout(() => {
          this.viewTimer = null;
          this.saveView();
        }, VIEW_SAVE_MS);
      }),
      network.on('pagehide', () => this.saveView()),
    );
  }

  /** The outbox changed: keep it on the device, after a view that holds what it acknowledges. */
  outboxChanged(outbox: Outbox): void {
    const { state, actor, sessionId } = useStore.getState().session;
    this.unsaved++;
    useStore.getState().setConnection({ outboxSaved: false });
    // One save after the other, each with the outbox as it was when it changed. The view goes
    // first: an acknowledged card leaves the outbox only once a view that holds it is stored, so
    // a reload right after never shows the table without it.
    this.saving = this.saving
      .then(async () => {
        if (state !== null && actor !== null && sessionId !== null)
          await this.store.saveView({ state, actor, sessionId });
        await this.store.saveOutbox(outbox);
      })
      .catch(() => undefined)
      .then(() => {
        this.unsaved--;
        if (this.unsaved === 0 && !this.closed) useStore.getState().setConnection({ outboxSaved: true });
      });
  }

  /** Stops watching and saves the view one last time. */
  close(): void {
    this.closed = true;
    if (this.viewTimer !== null) clearTimeout(this.viewTimer);
    for (const stop of this.stops) stop();
    this.saveView();
  }

  private saveView(): void {
    const { state, actor, sessionId } = useStore.getState().session;
    if (state === null || actor === null || sessionId === null) return;
    void this.store.saveView({ state, actor, sessionId }).catch(() => undefined);
  }
}
