import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, auth, setUnauthorizedHandler } from './api/client';
import { forgetToken, streamToken } from './api/streams';
import { KeyPrompt } from './components/KeyPrompt';
import { Toasts } from './components/Toasts';
import { linkClick, useLocation } from './router';
import { matchRoute, pages, tabOf } from './routes';
import { Session, SessionContext } from './session';
import { BatchesView } from './views/BatchesView';
import { JobsView } from './views/JobsView';
import { JobDetailView } from './views/JobDetailView';
import { SubmitView } from './views/SubmitView';
import { SystemView } from './views/SystemView';
import './style.css';

type Phase = { kind: 'loading' } | { kind: 'key'; error?: string } | { kind: 'ready'; session: Session } | { kind: 'down'; error: string };

function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const path = useLocation();

  const identify = async () => {
    forgetToken();
    const hadKey = auth.key !== null;
    try {
      const who = await streamToken();
      setPhase({ kind: 'ready', session: { keyId: who.keyId, admin: who.admin, keyed: who.keyId !== null } });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        auth.set(null);
        setPhase({ kind: 'key', error: hadKey ? 'That API key was refused.' : undefined });
      } else {
        setPhase({ kind: 'down', error: e instanceof Error ? e.message : String(e) });
      }
    }
  };
  useEffect(() => { identify(); setUnauthorizedHandler(() => { auth.set(null); setPhase({ kind: 'key', error: 'The API key was refused.' }); }); }, []);

  if (phase.kind === 'loading') return <main class="center"><p>Connecting…</p></main>;
  if (phase.kind === 'down') return <main class="center"><p class="field-error" role="alert">{phase.error}</p><button onClick={identify}>Try again</button></main>;
  if (phase.kind === 'key') return <KeyPrompt error={phase.error} onKey={(k) => { auth.set(k); identify(); }} />;

  const route = matchRoute(path);
  const view = route.view === 'job' ? <JobDetailView id={route.id} />
    : route.view === 'submit' ? <SubmitView />
    : route.view === 'system' ? <SystemView />
    : route.view === 'batches' ? <BatchesView />
    : <JobsView />;
  const tab = tabOf(route);

  return (
    <SessionContext.Provider value={phase.session}>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <strong class="brand">MediaJobs</strong>
        <nav aria-label="Main">
          {[['jobs', pages.jobs, 'Jobs'], ['batches', pages.batches, 'Batches'], ['submit', pages.submit, 'Submit'], ['system', pages.system, 'Queue & system']].map(([key, href, label]) => (
            <a href={href} aria-current={tab === key ? 'page' : undefined} onClick={(e) => linkClick(e, href)}>{label}</a>
          ))}
        </nav>
        <span class="spacer" />
        <ThemeToggle />
        {phase.session.keyed && (
          <span class="who">
            {phase.session.keyId}{phase.session.admin ? ' (admin)' : ''}{' '}
            <button type="button" class="link" onClick={() => { auth.set(null); setPhase({ kind: 'key' }); }}>Sign out</button>
          </span>
        )}
      </header>
      <main id="main" tabIndex={-1}>{view}</main>
      <Toasts />
    </SessionContext.Provider>
  );
}

function ThemeToggle() {
  const [theme, setTheme] = useState(localStorage.getItem('mediajobs.theme') || 'auto');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('mediajobs.theme', theme);
  }, [theme]);
  return (
    <label class="inline">
      <span class="sr-only">Theme</span>
      <select value={theme} onChange={(e) => setTheme((e.target as HTMLSelectElement).value)} aria-label="Theme">
        <option value="auto">Auto theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}

render(<App />, document.getElementById('app')!);
