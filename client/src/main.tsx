import './zod-without-eval';
import { lazy, StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguage, loadPack, useT } from './i18n';
import { routeFor, type Route } from './router';
import { useStore } from './store';
import { assertNever } from '../../shared/assert-never';
import './styles.css';

// Each role is its own chunk: a participant's phone never downloads the facilitator's cockpit.
const StartView = lazy(() => Promise.all([import('./views/StartView'), loadPack('start')]).then(([view]) => view));
// The cockpit's, the tablet's, the desk's and the screen's texts come with them (i18n/translate.ts),
// so a phone carries none of them; the cockpit shows some of each of the others.
const FacilitatorView = lazy(() =>
  Promise.all([
    import('./views/FacilitatorView'),
    loadPack('start'),
    loadPack('report'),
    loadPack('cockpit'),
    loadPack('host'),
    loadPack('desk'),
    loadPack('screen'),
  ]).then(([view]) => view),
);
const HostView = lazy(() => Promise.all([import('./views/HostView'), loadPack('host')]).then(([view]) => view));
const DeskView = lazy(() => Promise.all([import('./views/DeskView'), loadPack('desk')]).then(([view]) => view));
const ScreenView = lazy(() => Promise.all([import('./views/ScreenView'), loadPack('screen')]).then(([view]) => view));
const ParticipantView = lazy(() => import('./views/ParticipantView'));
const FollowupView = lazy(() =>
  Promise.all([import('./views/followup/FollowupView'), loadPack('report')]).then(([view]) => view),
);
// The public sign-up page's texts come with it: a phone at the evening never downloads them.
const SignupView = lazy(() =>
  Promise.all([import('./views/signup/SignupView'), loadPack('signup')]).then(([view]) => view),
);

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'start':
      return <StartView />;
    case 'facilitator':
      return <FacilitatorView />;
    case 'host':
      return <HostView />;
    case 'desk':
      return <DeskView />;
    case 'screen':
      return <ScreenView />;
    case 'participant':
      return <ParticipantView joinCode={route.joinCode} />;
    case 'followup':
      return <FollowupView joinCode={route.joinCode} />;
    case 'signup':
      return <SignupView joinCode={route.joinCode} />;
    case 'personal':
      return <ParticipantView joinCode={null} />;
    case 'not-found':
      return <NotFound />;
    default:
      return assertNever(route);
  }
}

function NotFound() {
  const t = useT();
  return (
    <main id="main" className="page">
      <h1>{t('app.name')}</h1>
      <p>
        <a href="/">{t('conn.backToStart')}</a>
      </p>
    </main>
  );
}

function App() {
  const t = useT();
  const language = useStore((s) => s.ui.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Suspense fallback={<p className="loading">…</p>}>
        <View route={routeFor(window.location.pathname)} />
      </Suspense>
    </>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('no #root element');
// A language chosen on an earlier visit is fetched first, so the first paint is already in it.
void loadLanguage(useStore.getState().ui.language)
  .catch(() => undefined)
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
