import type { ComponentChildren } from 'preact';

/** A labelled control with its hint and, when the API refused it, the problem's detail right under it. */
export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class={`field ${props.error ? 'invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <small id={`${props.id}-hint`} class="muted">{props.hint}</small>}
      {props.error && <small id={`${props.id}-error`} class="field-error" role="alert">{props.error}</small>}
    </div>
  );
}

/** aria attributes that tie a control to its Field's hint and error. */
export function described(id: string, error?: string, hint?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, name: id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}
