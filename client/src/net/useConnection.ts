import { createContext, useContext, useEffect, useState } from 'react';
import type { Credential } from '../../../shared/protocol/socket';
import { Connection, type ConnectionHooks } from './connection';

/**
 * Open one connection for the lifetime of a role view. The credential is read once per mount;
 * hooks are read through a ref-like closure so a re-render does not reconnect.
 */
export function useConnection(credential: Credential | null, hooks: ConnectionHooks): Connection | null {
  const [connection, setConnection] = useState<Connection | null>(null);
  const key = credential === null ? null : JSON.stringify(credential);
  useEffect(() => {
    if (key === null) return;
    const c = new Connection(JSON.parse(key) as Credential, hooks);
    setConnection(c);
    return () => {
      c.close();
      setConnection(null);
    };
    // Hooks are fixed per role view; reconnecting when a callback identity changes would be wrong.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
