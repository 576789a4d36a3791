export function StatusBadge(props: { status: string }) {
  return <span class={`badge s-${props.status.toLowerCase()}`}>{props.status}</span>;
}

export function Progress(props: { pct: number; label: string }) {
  const pct = Math.max(0, Math.min(100, props.pct || 0));
  return (
    <span class="progress" role="progressbar" aria-label={props.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
      <span class="bar" style={{ width: `${pct}%` }} />
      <span class="pct">{Math.round(pct)}%</span>
    </span>
  );
}
