import net from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import type { PublicAddress } from '../../shared/protocol/api';

/** `os.networkInterfaces()`: interface name → its addresses. */
export type Interfaces = Partial<Record<string, NetworkInterfaceInfo[]>>;

export type AddressSettings = {
  /** PUBLIC_URL, already checked to be an origin; null lets the server choose. */
  publicUrl: string | null;
  /** HOST: the address the server listens on. */
  host: string;
  /** The port it really listens on (after port 0 picked one). */
  port: number;
  /** Whether it serves https itself (TLS_CERT/TLS_KEY). */
  tls: boolean;
};

export type AddressChoice = PublicAddress & {
  /** The address on this computer itself, for the start-up line. */
  local: string;
  /** Every address of this computer the room can use, best first (the start-up's "Network:" lines). */
  network: string[];
};

/**
 * The address every QR code, poster, table card and shared link names, chosen from the settings
 * and this computer's interfaces. Pure, so every case is a line in a table test.
 *
 * PUBLIC_URL wins: only the operator knows the name a proxy or DNS gives this server. Otherwise
 * the best address the server listens on that phones can reach: a venue LAN's IPv4 before an
 * IPv6 (phones type and scan IPv4 more reliably, and a guest network often has no IPv6), real
 * interfaces before virtual ones (docker0, a VPN). When that leaves only loopback, the choice
 * says so (`reachable: false`) and the views warn instead of showing a QR that cannot work.
 */
export function chooseAddress(settings: AddressSettings, interfaces: Interfaces): AddressChoice {
  const scheme = settings.tls ? 'https' : 'http';
  const at = (host: string) => `${scheme}://${bracketed(host)}:${settings.port}`;
  // 127.0.0.1 rather than localhost: that name may go to ::1 first, where 0.0.0.0 does not listen.
  const local = at(isWildcard(settings.host) ? '127.0.0.1' : settings.host);
  const network = networkAddresses(settings.host, interfaces).map(at);
  if (settings.publicUrl !== null)
    return { url: settings.publicUrl, reachable: true, source: 'public-url', local, network };
  const best = network[0];
  if (best !== undefined) return { url: best, reachable: true, source: 'network', local, network };
  // Loopback only: the warning shows this address, the one the server was given.
  return { url: local, reachable: false, source: 'loopback', local, network };
}

/** The addresses other devices can open, best first: those of the interfaces HOST covers. */
function networkAddresses(host: string, interfaces: Interfaces): string[] {
  if (isLoopback(host)) return [];
  // A name (laptop.local, cafe.example.org) or one address: that is what the operator chose.
  if (!isWildcard(host)) return [host];
  const found: { address: string; rank: number; order: number }[] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const info of list ?? []) {
      if (info.internal) continue;
      const v6 = info.family === 'IPv6' || (info.family as unknown) === 6;
      // 0.0.0.0 listens on IPv4 only; "::" on both (Node opens a dual-stack socket).
      if (v6 && host !== '::') continue;
      // A link-local IPv6 address needs a zone (%wlan0) that no QR code or phone browser takes.
      if (v6 && /^fe[89ab]/i.test(info.address)) continue;
      found.push({ address: info.address, rank: rank(name, info.address, v6), order: found.length });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((a) => a.address);
}

const VIRTUAL =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|tun|tap|wg|utun|zt|tailscale|lxc|lxd|cni|podman|flannel|cali|kube)/i;

/** Lower is better: real before virtual interfaces, then IPv4 home/venue ranges, then IPv6. */
function rank(name: string, address: string, v6: boolean): number {
  const virtual = VIRTUAL.test(name) ? 100 : 0;
  if (v6) return virtual + 50;
  if (address.startsWith('192.168.')) return virtual + 1;
  if (address.startsWith('10.')) return virtual + 2;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) return virtual + 3;
  return virtual + 10;
}

export function isWildcard(host: string): boolean {
  return host === '' || host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** 127.0.0.0/8, ::1, localhost and its subdomains: this computer only. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) return name === '::1' || /^::ffff:127\./.test(name);
  return false;
}

function bracketed(host: string): string {
  return net.isIPv6(host) ? `[${host}]` : host;
}
