import type { SessionState } from '../../shared/model/session';
import type { SessionLinks } from '../../shared/protocol/api';
import type { StoredCredential } from '../storage/storage';

/**
 * The ways into a session, as paths. Secrets go in the fragment (after #): browsers never send it
 * to a server, so it stays out of access logs and Referer headers.
 */
export function sessionLinks(state: SessionState, credentials: readonly StoredCredential[]): SessionLinks {
  const revealed = (kind: StoredCredential['kind']) =>
    credentials.filter((c) => c.kind === kind && c.revealable !== null);
  const latest = (list: StoredCredential[]) => list.sort((a, b) => b.createdAt - a.createdAt)[0]?.revealable ?? '';
  const deskCode = latest(revealed('desk'));
  return {
    sessionId: state.id,
    joinCode: state.joinCode,
    hosts: state.tables.map((table) => {
      const code = latest(revealed('host').filter((c) => c.tableId === table.id));
      return { tableId: table.id, title: table.title, code, link: `/host#${code}` };
    }),
    desk: { code: deskCode, link: `/desk#${deskCode}` },
    screen: `/screen#${latest(revealed('screen'))}`,
    participant: `/join/${state.joinCode}`,
  };
}
