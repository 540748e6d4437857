import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import type { Participant, SessionState, StakeholderGroup, WorkingGroup } from '../../../shared/model/session';
import { LIMITS } from '../../../shared/protocol/limits';
import type { Credential } from '../../../shared/protocol/socket';
import { currentRound, tableFor } from '../../../shared/rules/phase';
import { BroadcastBanner } from '../components/BroadcastBanner';
import { ErrorText } from '../components/ErrorText';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PhaseNow } from '../components/PhaseNow';
import { RoleShell } from '../components/RoleShell';
import { useT } from '../i18n';
import { deviceToken, saveDeviceToken } from '../net/secrets';
import { useCommand } from '../net/useCommand';
import { useLiveConnection } from '../net/useConnection';

const GROUPS: readonly StakeholderGroup[] = ['resident', 'entrepreneur', 'professional', 'municipality', 'other'];

/** `/join/<CODE>`: a participant's phone. No account: a device token makes a reload rejoin as the same person. */
export default function ParticipantView({ joinCode }: { joinCode: string }) {
  const t = useT();
  const [erased, setErased] = useState(false);
  // The server judges the code (a wrong one is refused at the handshake). Checking its alphabet
  // here would pull zod (shared/protocol/ids.ts) into the phone's download for one regex.
  const [credential] = useState<Credential | null>(() => {
    if (joinCode === '') return null;
    const token = deviceToken(joinCode);
    return token === null ? { kind: 'participant', joinCode } : { kind: 'participant', joinCode, deviceToken: token };
  });

  if (erased) {
    return (
      <main id="main" className="page page-narrow">
        <h1>{t('app.name')}</h1>
        <p role="status">{t('p.erased')}</p>
      </main>
    );
  }
  if (credential === null) {
    return (
      <main id="main" className="page page-narrow">
        <h1>{t('app.name')}</h1>
        <div className="problem" role="alert">
          <p>{t('conn.refused.participant')}</p>
        </div>
        <p>
          <a href="/">{t('conn.backToStart')}</a>
        </p>
      </main>
    );
  }
  return (
    <RoleShell
      credential={credential}
      refusedMessage={t('conn.refused.participant')}
      hooks={{
        onWelcome: (w) => w.deviceToken !== undefined && saveDeviceToken(joinCode, w.deviceToken),
        onDeviceTokenRefused: () => saveDeviceToken(joinCode, null),
      }}
    >
      {(state, actor) =>
        actor.role === 'participant' ? (
          <Phone
            state={state}
            me={actor.participantId}
            onErased={() => {
              saveDeviceToken(joinCode, null);
              setErased(true);
            }}
          />
        ) : null
      }
    </RoleShell>
  );
}

function Phone({ state, me, onErased }: { state: SessionState; me: string; onErased: () => void }) {
  const t = useT();
  const participant = state.participants[me];
  const open = state.status !== 'ended';
  return (
    <main id="main" className="page page-narrow">
      <div className="topbar">
        <p className="muted" style={{ margin: 0 }}>
          {state.title}
        </p>
        <LanguageSwitch />
      </div>
      <BroadcastBanner />
      <div className="panel">
        <PhaseNow state={state} headingLevel={1} />
      </div>
      {open && <ThisRound state={state} me={me} />}
      {open && participant !== undefined && participant.checkedInAt === null && <CheckIn />}
      {participant?.checkedInAt != null && <p className="ok">{t('p.checkedIn')}</p>}
      {open && state.voting.open && <Voting state={state} me={me} />}
      {open && state.tables.length > 0 && participant !== undefined && <PickTables state={state} participant={participant} />}
      {participant !== undefined && <Profile participant={participant} />}
      {state.infoCategories.length > 0 && <AskQuestion state={state} me={me} />}
      {state.workingGroups.length > 0 && <WorkingGroups state={state} me={me} />}
      <Erase onErased={onErased} />
    </main>
  );
}

/** Where to sit now and what the table talks about; a card goes to that table (table rounds only). */
function ThisRound({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const round = currentRound(state);
  if (round === null) return null;
  const tableId = tableFor(state, me, round);
  const table = tableId === null ? undefined : state.tables.find((x) => x.id === tableId);
  return (
    <section className="panel" aria-labelledby="round-title">
      {table === undefined ? (
        <p id="round-title">{t('p.noTableThisRound')}</p>
      ) : (
        <>
          <h2 id="round-title">{t('p.thisRound', { table: table.title })}</h2>
          <p>{table.keyQuestion}</p>
          <AddCard tableId={table.id} />
        </>
      )}
    </section>
  );
}

function AddCard({ tableId }: { tableId: string }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '') return;
    setSent(false);
    const ack = await run({ type: 'card.add', cardId: nanoid(), tableId, text: value });
    if (ack.ok) {
      setText('');
      setSent(true);
    }
  };
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t('p.addCard')}</label>
        <textarea id={id} maxLength={LIMITS.cardText} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
        {t('p.addCardButton')}
      </button>
      <p role="status" className="ok">
        {sent ? t('p.cardSent') : null}
      </p>
      <ErrorText error={error} />
    </form>
  );
}

function CheckIn() {
  const t = useT();
  const { run, busy, error } = useCommand();
  return (
    <div className="panel">
      <button type="button" className="primary" disabled={busy} onClick={() => void run({ type: 'checkin' })}>
        {t('p.checkin')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}

function Profile({ participant }: { participant: Participant }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [name, setName] = useState(participant.name ?? '');
  const [group, setGroup] = useState<StakeholderGroup | ''>(participant.group ?? '');
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const trimmed = name.trim();
    const ack = await run({ type: 'profile.set', name: trimmed === '' ? null : trimmed, group: group === '' ? null : group });
    setSaved(ack.ok);
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('p.profile')}</h2>
      <p className="hint">{t('p.profileHint')}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('p.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="given-name"
            maxLength={LIMITS.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('p.group')}</label>
          <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value as StakeholderGroup | '')}>
            <option value="">{t('p.groupNone')}</option>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t('p.saveProfile')}
        </button>
        <p role="status" className="ok">
          {saved ? t('p.saved') : null}
        </p>
        <ErrorText error={error} />
      </form>
    </section>
  );
}

/** Ranked picks: the order of ticking is the order of preference. */
function PickTables({ state, participant }: { state: SessionState; participant: Participant }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [picks, setPicks] = useState<string[]>(participant.picks);
  const [saved, setSaved] = useState(false);
  const max = state.rounds.tablesPerParticipant;
  const toggle = (tableId: string) => {
    setSaved(false);
    setPicks((current) => (current.includes(tableId) ? current.filter((x) => x !== tableId) : [...current, tableId].slice(0, max)));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ack = await run({ type: 'tables.pick', picks });
    setSaved(ack.ok);
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <form onSubmit={submit}>
        <fieldset>
          <legend id={`${id}-title`}>{t('p.pickTables')}</legend>
          <p className="hint">{t('p.pickHint', { count: max })}</p>
          {state.tables.map((table) => {
            const rank = picks.indexOf(table.id);
            return (
              <label key={table.id} className="check">
                <input
                  type="checkbox"
                  checked={rank >= 0}
                  disabled={rank < 0 && picks.length >= max}
                  onChange={() => toggle(table.id)}
                />
                <span>
                  {rank >= 0 && <strong>{rank + 1}. </strong>}
                  {table.title}
                  <span className="hint" style={{ display: 'block' }}>
                    {table.keyQuestion}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('p.savePicks')}
        </button>
        <p role="status" className="ok">
          {saved ? t('p.saved') : null}
        </p>
        <ErrorText error={error} />
      </form>
    </section>
  );
}

function Voting({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const mine = state.votes[me] ?? [];
  const left = state.voting.dots - mine.length;
  const cards = Object.values(state.cards).filter((c) => c.highlighted && !c.hidden && c.mergedInto === null);
  const tableTitle = (tableId: string) => state.tables.find((x) => x.id === tableId)?.title ?? '';
  return (
    <section className="panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{t('p.vote')}</h2>
      <p role="status">{t('p.voteHint', { left, dots: state.voting.dots })}</p>
      <ErrorText error={error} />
      {cards.length === 0 ? (
        <p className="muted">{t('p.noHighlights')}</p>
      ) : (
        <ul className="list">
          {cards.map((card) => {
            const count = mine.filter((x) => x === card.id).length;
            return (
              <li key={card.id} className="item">
                <p className="muted" style={{ margin: 0 }}>
                  {tableTitle(card.tableId)}
                </p>
                <p>{card.text}</p>
                <div className="item-row">
                  <span className="votes">{t('p.myDots', { count })}</span>
                  <span className="buttons" style={{ margin: 0 }}>
                    <button
                      type="button"
                      disabled={busy || count === 0}
                      aria-label={`${t('p.voteRemove')}: ${card.text}`}
                      onClick={() => void run({ type: 'vote.withdraw', cardId: card.id })}
                    >
                      −
                    </button>
                    <button
                      type="button"
                      className="primary"
                      disabled={busy || left <= 0}
                      aria-label={`${t('p.voteAdd')}: ${card.text}`}
                      onClick={() => void run({ type: 'vote.cast', cardId: card.id })}
                    >
                      +
                    </button>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function AskQuestion({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const mine = Object.values(state.questions)
    .filter((q) => q.authorId === me)
    .sort((a, b) => a.createdAt - b.createdAt);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '') return;
    setSent(false);
    const ack = await run({ type: 'question.ask', questionId: nanoid(), categoryId, text: value });
    if (ack.ok) {
      setText('');
      setSent(true);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('p.ask')}</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('p.askCategory')}</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            {state.infoCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('p.askText')}</label>
          <textarea id={`${id}-text`} maxLength={LIMITS.questionText} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          {t('p.askButton')}
        </button>
        <p role="status" className="ok">
          {sent ? t('p.askSent') : null}
        </p>
        <ErrorText error={error} />
      </form>
      {mine.length > 0 && (
        <>
          <h3>{t('p.myQuestions')}</h3>
          <ul className="list">
            {mine.map((q) => (
              <li key={q.id} className="item">
                <p style={{ margin: 0 }}>{q.text}</p>
                <p className="muted" style={{ margin: 0 }}>
                  {t(`qstatus.${q.status}`)}
                </p>
                {q.answer !== null && <p style={{ margin: '0.25rem 0 0' }}>→ {q.answer}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function WorkingGroups({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="groups-title">
      <h2 id="groups-title">{t('p.groups')}</h2>
      <p className="hint">{t('p.groupsHint')}</p>
      {state.workingGroups.map((group) => {
        const signup = Object.values(state.signups).find((s) => s.groupId === group.id && s.participantId === me);
        return <GroupSignup key={group.id} group={group} signupId={signup?.id ?? null} />;
      })}
    </section>
  );
}

function GroupSignup({ group, signupId }: { group: WorkingGroup; signupId: string | null }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const mail = email.trim();
    const tel = phone.trim();
    const contact = mail === '' && tel === '' ? null : { email: mail === '' ? null : mail, phone: tel === '' ? null : tel };
    await run({ type: 'signup.add', signupId: nanoid(), groupId: group.id, contact, consent });
  };
  return (
    <article className="item" aria-labelledby={`${id}-title`} style={{ marginBottom: '0.75rem' }}>
      <h3 id={`${id}-title`}>{group.title}</h3>
      {group.description !== '' && <p>{group.description}</p>}
      {signupId !== null ? (
        <div className="item-row">
          <span className="ok">{t('p.signedUp')}</span>
          <button type="button" disabled={busy} onClick={() => void run({ type: 'signup.withdraw', signupId })}>
            {t('p.withdraw')}
            <span className="visually-hidden">: {group.title}</span>
          </button>
        </div>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('p.email')}</label>
            <input id={`${id}-email`} type="email" autoComplete="email" maxLength={120} value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t('p.phone')}</label>
            <input id={`${id}-phone`} type="tel" autoComplete="tel" maxLength={20} value={phone} onChange={(e) => setPhone(e.target.value)} />
          </div>
          <label className="check">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
            <span>{t('p.consent')}</span>
          </label>
          <button type="submit" disabled={busy}>
            {t('p.signup')}
            <span className="visually-hidden">: {group.title}</span>
          </button>
        </form>
      )}
      <ErrorText error={error} />
    </article>
  );
}

function Erase({ onErased }: { onErased: () => void }) {
  const t = useT();
  const connection = useLiveConnection();
  const { run, busy, error } = useCommand();
  const [asking, setAsking] = useState(false);
  const erase = async () => {
    const ack = await run({ type: 'participant.erase' });
    if (ack.ok) {
      // The device token is gone with the data: close before Socket.IO could rejoin with it.
      connection.close();
      onErased();
    }
  };
  return (
    <section className="panel" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('p.erase')}</h2>
      <p className="hint">{t('p.eraseHint')}</p>
      {asking ? (
        <div className="buttons" style={{ marginTop: '0.75rem' }}>
          <button type="button" className="danger primary" disabled={busy} onClick={() => void erase()}>
            {t('p.eraseConfirm')}
          </button>
          <button type="button" autoFocus onClick={() => setAsking(false)}>
            {t('p.cancel')}
          </button>
        </div>
      ) : (
        <div className="buttons" style={{ marginTop: '0.75rem' }}>
          <button type="button" className="danger" onClick={() => setAsking(true)}>
            {t('p.erase')}
          </button>
        </div>
      )}
      <ErrorText error={error} />
    </section>
  );
}
