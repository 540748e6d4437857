import { createContext, useContext, useEffect, useState } from 'react';
import type { Credential } from '../../../shared/protocol/socket';
import { Connection, type ConnectionHooks, type DeviceOptions } from './connection';

/**
 * Open one connection for the lifetime of a role view and close it on unmount. The hooks (and the
 * device options, for a device that keeps its outbox) given at the first render are the ones used.
 */
export function useConnection(
  credential: Credential | null,
  hooks: ConnectionHooks,
  device: DeviceOptions | null = null,
): Connection | null {
  const [connection, setConnection] = useState<Connection | null>(null);
  const key = credential === null ? null : JSON.stringify(credential);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new connection only when the credential's value changes (key), not for every new hooks or device object the caller makes
  useEffect(() => {
    if (key === null) return;
    const c = new Connection(JSON.parse(key) as Credential, hooks, device);
    setConnection(c);
    return () => {
      c.close();
      setConnection(null);
    };
    // Only a new credential reconnects: hooks are fixed per role view, and reconnecting because a
    // callback's identity changed on re-render would drop the socket for nothing.
  }, [key]);
  return connection;
}

export const ConnectionContext = createContext<Connection | null>(null);

/** The live connection of the current role view (inside RoleShell). */
export function useLiveConnection(): Connection {
  const c = useContext(ConnectionContext);
  if (c === null) throw new Error('useLiveConnection outside a RoleShell');
  return c;
}
