import { useEffect, useState } from 'react';
import type { PublicAddress } from '../../../shared/protocol/api';

/**
 * The address phones in the room open, as the server chose it (`GET /api/address`: PUBLIC_URL, or
 * the best network address it listens on). Every QR code, poster, table card and shared link is
 * built from it, never from `window.location`: the facilitator's laptop often opens the app as
 * 127.0.0.1, which on a phone is the phone itself.
 */
let asked: Promise<PublicAddress> | null = null;

export function loadPublicAddress(): Promise<PublicAddress> {
  asked ??= fetch('/api/address', { headers: { Accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as PublicAddress;
    })
    .catch(() => {
      // An older server or a dropped request: the page's own address is the best guess left,
      // and asking again later may do better.
      asked = null;
      return pageAddress();
    });
  return asked;
}

function pageAddress(): PublicAddress {
  const reachable = !isLoopbackName(window.location.hostname);
  return { url: window.location.origin, reachable, source: reachable ? 'network' : 'loopback' };
}

function isLoopbackName(hostname: string): boolean {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || name.startsWith('127.');
}

/** The public address, or null while it is being asked (show no QR code until it is known). */
export function usePublicAddress(): PublicAddress | null {
  const [address, setAddress] = useState<PublicAddress | null>(null);
  useEffect(() => {
    let live = true;
    void loadPublicAddress().then((a) => live && setAddress(a));
    return () => {
      live = false;
    };
  }, []);
  return address;
}

/** A site-relative link from the API (`/join/ABC123`, `/host#CODE`) as a full URL at `address`. */
export function linkAt(address: PublicAddress, path: string): string {
  return new URL(path, `${address.url}/`).toString();
}

/** What a person types when they cannot scan: the address without `http://`. */
export function typedHost(address: PublicAddress): string {
  return new URL(address.url).host;
}
