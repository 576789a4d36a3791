import { useState } from 'preact/hooks';

/** Asks once per tab for an API key (kept in sessionStorage, sent as a header). */
export function KeyPrompt(props: { error?: string; onKey: (key: string) => void }) {
  const [key, setKey] = useState('');
  return (
    <main class="center">
      <form class="card narrow" onSubmit={(e) => { e.preventDefault(); if (key.trim()) props.onKey(key.trim()); }}>
        <h1>MediaJobs</h1>
        <p>This server needs an API key. It is kept for this tab only.</p>
        <label for="api-key">API key</label>
        <input id="api-key" name="api-key" type="password" autocomplete="current-password" value={key}
          aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? 'api-key-error' : undefined}
          onInput={(e) => setKey((e.target as HTMLInputElement).value)} autofocus />
        {props.error && <p id="api-key-error" class="field-error" role="alert">{props.error}</p>}
        <button type="submit" class="primary">Sign in</button>
      </form>
    </main>
  );
}
