import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { type AddressSettings, chooseAddress, type Interfaces } from '../../../server/http/public-address';

/** One interface address, as os.networkInterfaces() gives it. */
function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null };
}
function v6(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    family: 'IPv6',
    internal,
    netmask: 'ffff:ffff:ffff:ffff::',
    mac: '00:00:00:00:00:00',
    scopeid: 0,
    cidr: null,
  };
}

const LO = { lo: [v4('127.0.0.1', true), v6('::1', true)] };
const WIFI: Interfaces = { ...LO, wlan0: [v4('192.168.1.23'), v6('fe80::1c2d:3e4f:5a6b:7c8d'), v6('2001:db8::23')] };
const DOCKER_FIRST: Interfaces = {
  ...LO,
  docker0: [v4('172.17.0.1')],
  eth0: [v4('10.0.0.5')],
  wlan0: [v4('192.168.1.23')],
};
const TWO_LANS: Interfaces = { ...LO, eth0: [v4('10.20.0.7')], wlan0: [v4('192.168.8.100')] };
const CONTAINER: Interfaces = { ...LO, eth0: [v4('10.89.0.2')] };
const V6_ONLY: Interfaces = { ...LO, wlan0: [v6('fe80::1'), v6('fd12:3456::7')] };

const at = (host: string, more: Partial<AddressSettings> = {}): AddressSettings => ({
  publicUrl: null,
  host,
  port: 3000,
  tls: false,
  ...more,
});

describe('chooseAddress: the address in every QR code, from the settings and the interfaces', () => {
  // url: what phones are sent to; reachable: false → the views warn; network: the start-up's Network lines.
  const cases: {
    name: string;
    settings: AddressSettings;
    interfaces: Interfaces;
    url: string;
    reachable: boolean;
    source: string;
    network: string[];
    local: string;
  }[] = [
    {
      name: 'the default: loopback only, however many networks the laptop has',
      settings: at('127.0.0.1'),
      interfaces: WIFI,
      url: 'http://127.0.0.1:3000',
      reachable: false,
      source: 'loopback',
      network: [],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST=localhost is loopback too',
      settings: at('localhost'),
      interfaces: WIFI,
      url: 'http://localhost:3000',
      reachable: false,
      source: 'loopback',
      network: [],
      local: 'http://localhost:3000',
    },
    {
      name: 'HOST=::1 is loopback, in brackets',
      settings: at('::1'),
      interfaces: WIFI,
      url: 'http://[::1]:3000',
      reachable: false,
      source: 'loopback',
      network: [],
      local: 'http://[::1]:3000',
    },
    {
      name: 'HOST=0.0.0.0 on venue Wi-Fi: its IPv4 address; link-local and IPv6 left out',
      settings: at('0.0.0.0'),
      interfaces: WIFI,
      url: 'http://192.168.1.23:3000',
      reachable: true,
      source: 'network',
      network: ['http://192.168.1.23:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST=0.0.0.0 with no network at all: loopback only, said so',
      settings: at('0.0.0.0'),
      interfaces: LO,
      url: 'http://127.0.0.1:3000',
      reachable: false,
      source: 'loopback',
      network: [],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'several LAN addresses: 192.168.x (a venue or travel router) first, docker0 last',
      settings: at('0.0.0.0'),
      interfaces: DOCKER_FIRST,
      url: 'http://192.168.1.23:3000',
      reachable: true,
      source: 'network',
      network: ['http://192.168.1.23:3000', 'http://10.0.0.5:3000', 'http://172.17.0.1:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'two LANs: each listed, 192.168.x first',
      settings: at('0.0.0.0'),
      interfaces: TWO_LANS,
      url: 'http://192.168.8.100:3000',
      reachable: true,
      source: 'network',
      network: ['http://192.168.8.100:3000', 'http://10.20.0.7:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST=:: also serves IPv6: IPv4 first, then global IPv6 in brackets, never link-local',
      settings: at('::'),
      interfaces: WIFI,
      url: 'http://192.168.1.23:3000',
      reachable: true,
      source: 'network',
      network: ['http://192.168.1.23:3000', 'http://[2001:db8::23]:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST=:: on an IPv6-only network: its unique-local address',
      settings: at('::'),
      interfaces: V6_ONLY,
      url: 'http://[fd12:3456::7]:3000',
      reachable: true,
      source: 'network',
      network: ['http://[fd12:3456::7]:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST=0.0.0.0 on an IPv6-only network: IPv4 only listens, so loopback only',
      settings: at('0.0.0.0'),
      interfaces: V6_ONLY,
      url: 'http://127.0.0.1:3000',
      reachable: false,
      source: 'loopback',
      network: [],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'HOST set to one LAN address: that one',
      settings: at('192.168.1.23', { port: 8080 }),
      interfaces: WIFI,
      url: 'http://192.168.1.23:8080',
      reachable: true,
      source: 'network',
      network: ['http://192.168.1.23:8080'],
      local: 'http://192.168.1.23:8080',
    },
    {
      name: 'HOST set to a name: that name',
      settings: at('tafel.local'),
      interfaces: WIFI,
      url: 'http://tafel.local:3000',
      reachable: true,
      source: 'network',
      network: ['http://tafel.local:3000'],
      local: 'http://tafel.local:3000',
    },
    {
      name: 'TLS_CERT/TLS_KEY: https',
      settings: at('0.0.0.0', { tls: true, port: 3443 }),
      interfaces: WIFI,
      url: 'https://192.168.1.23:3443',
      reachable: true,
      source: 'network',
      network: ['https://192.168.1.23:3443'],
      local: 'https://127.0.0.1:3443',
    },
    {
      name: 'PUBLIC_URL wins over every interface',
      settings: at('0.0.0.0', { publicUrl: 'https://cafe.gemeente.nl' }),
      interfaces: DOCKER_FIRST,
      url: 'https://cafe.gemeente.nl',
      reachable: true,
      source: 'public-url',
      network: ['http://192.168.1.23:3000', 'http://10.0.0.5:3000', 'http://172.17.0.1:3000'],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'PUBLIC_URL behind a proxy on this machine: loopback listening is right there',
      settings: at('127.0.0.1', { publicUrl: 'https://cafe.gemeente.nl' }),
      interfaces: WIFI,
      url: 'https://cafe.gemeente.nl',
      reachable: true,
      source: 'public-url',
      network: [],
      local: 'http://127.0.0.1:3000',
    },
    {
      name: 'PUBLIC_URL in a container: the host computer publishes the port, the container address is not it',
      settings: at('0.0.0.0', { publicUrl: 'http://192.168.1.23:3000' }),
      interfaces: CONTAINER,
      url: 'http://192.168.1.23:3000',
      reachable: true,
      source: 'public-url',
      network: ['http://10.89.0.2:3000'],
      local: 'http://127.0.0.1:3000',
    },
  ];

  it.each(cases)('$name', (c) => {
    expect(chooseAddress(c.settings, c.interfaces)).toEqual({
      url: c.url,
      reachable: c.reachable,
      source: c.source,
      network: c.network,
      local: c.local,
    });
  });
});
