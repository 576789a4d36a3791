import { signalToasts, dismiss } from '../toast';

/** Error and info messages; an error shows the problem's detail. Announced to screen readers. */
export function Toasts() {
  const toasts = signalToasts();
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} class={`toast ${t.kind}`}>
          <span>{t.text}</span>
          <button type="button" class="link" aria-label="Dismiss message" onClick={() => dismiss(t.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
