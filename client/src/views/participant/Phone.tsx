import { lazy, Suspense } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { BroadcastBanner } from '../../components/BroadcastBanner';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PhaseNow } from '../../components/PhaseNow';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { AnswerNotice } from './AnswerNotice';
import { CheckIn } from './CheckIn';
import { InfoPoint } from './InfoPoint';
import { PickTables } from './PickTables';
import { Privacy } from './Privacy';
import { saveMemberCode, saveMemberWelcomed } from '../../net/secrets';
import { Profile } from './Profile';
import { Results, Voting } from './Voting';
import { forgetSeen } from './seenNews';
import { seatedByPlan, stageOf } from './where';
import { WorkingGroups } from './WorkingGroups';
import { YourTable } from './YourTable';

// "Remember me for the series" shows late in the evening or in a later session: its own chunk,
// fetched as soon as the phone is idle after the first screen, so the first load stays small
// and the panel is there before anyone needs it, also when the Wi-Fi drops later.
const loadRemember = () => import('./Remember').then((m) => ({ default: m.Remember }));
const Remember = lazy(loadRemember);
// "Before the start" (with the evening's times) is for phones opened at home, days before: at
// the evening itself the session is live, so the phones in the room never download it.
const BeforeStart = lazy(() => import('./BeforeStart').then((m) => ({ default: m.BeforeStart })));
if (typeof window !== 'undefined')
  (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1000)))(() => void loadRemember());

/**
 * One scrolling page: what matters in this phase comes first, right under "now"; the rest
 * (questions, about you, your data) is always further down, in the same order, so people who
 * come back to the page find things where they were.
 */
export function Phone({ state, me, onErased }: { state: SessionState; me: string; onErased: () => void }) {
  const t = useT();
  const participant = state.participants[me];
  const stage = stageOf(state);
  const live = state.status === 'live';
  const draft = state.status === 'draft';
  const before = stage === 'before' || stage === 'walk-in';
  const harvest = stage === 'wrap-up' || stage === 'closing' || stage === 'social' || stage === 'ended';
  const signedUp = Object.values(state.signups).some((s) => s.participantId === me);
  // Being remembered for the series: asked near the end (and after it); in a session that follows
  // earlier ones all evening and near the top, where the phone is welcomed back.
  const inProgramme = (state.programme?.sessionIds.length ?? 0) > 0;
  const can = useCan(state);
  // What the rules allow now; where in the evening a panel is worth showing is this page's own choice.
  const mayCheckIn = can({ type: 'checkin' }).ok;
  const mayEditProfile = can({ type: 'profile.set' }).ok;
  // "From home" only means something when there is an online table to sit at.
  const hasOnline = state.tables.some((x) => x.online === true);
  return (
    <main id="main" className="page page-narrow phone">
      <div className={draft ? 'topbar topbar-end' : 'topbar'}>
        {/* Before the start the title is the page's heading (BeforeStart): not twice. */}
        {!draft && <p className="muted phone-title">{state.title}</p>}
        <LanguageSwitch />
      </div>
      <AnswerNotice state={state} me={me} />
      <BroadcastBanner />
      {draft ? (
        <>
          {/* Plain before the start: what, when, where, and a question for the panel first. */}
          <Suspense fallback={<h1>{state.title}</h1>}>
            <BeforeStart state={state} me={me} />
          </Suspense>
          {state.infoCategories.length > 0 && <InfoPoint state={state} me={me} beforehand />}
        </>
      ) : (
        <div className="panel">
          <PhaseNow state={state} headingLevel={1} />
        </div>
      )}
      {state.status === 'ended' && (
        <section className="panel" aria-labelledby="followup-title">
          <h2 id="followup-title">{t('participant.followup.title')}</h2>
          <p>{t('participant.followup.text')}</p>
          <a href={`/followup/${state.joinCode}`}>{t('participant.followup.link')}</a>
        </section>
      )}
      {draft && state.tables.length > 0 && (
        <section className="panel" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('participant.welcome.title')}</h2>
          <p>{t(seatedByPlan(state, me) ? 'participant.welcome.planned' : 'participant.welcome.text')}</p>
        </section>
      )}
      {live && mayCheckIn && participant !== undefined && (participant.checkedInAt === null || stage === 'walk-in') && (
        <CheckIn checkedIn={participant.checkedInAt !== null} />
      )}
      {inProgramme && participant !== undefined && (
        <Suspense fallback={null}>
          <Remember state={state} me={me} />
        </Suspense>
      )}
      <YourTable state={state} me={me} />
      {state.voting.open && <Voting state={state} me={me} />}
      {state.voting.results !== null && <Results state={state} />}
      {(harvest || signedUp) && state.workingGroups.length > 0 && <WorkingGroups state={state} me={me} />}
      {before && participant !== undefined && <Profile participant={participant} sandwich remote={hasOnline} />}
      {!harvest && state.tables.length > 0 && participant !== undefined && <PickTables state={state} me={me} />}
      {harvest && !inProgramme && participant !== undefined && (
        <Suspense fallback={null}>
          <Remember state={state} me={me} />
        </Suspense>
      )}
      {!draft && state.infoCategories.length > 0 && <InfoPoint state={state} me={me} />}
      {!before && mayEditProfile && participant !== undefined && (
        <Profile participant={participant} sandwich={false} remote={hasOnline} />
      )}
      <Privacy
        onErased={() => {
          forgetSeen(state.id, me);
          // Erased, the member code is void too (server side): the phone forgets it as well.
          saveMemberCode(state, null);
          saveMemberWelcomed(state.id, false);
          onErased();
        }}
      />
    </main>
  );
}
