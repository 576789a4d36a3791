import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { bytes, duration } from '../format';
import type { BrowseListing } from '../types';

/** Folders and video files under the media roots (GET /api/browse); pick files or whole folders. */
export function BrowsePicker(props: { selected: string[]; onChange: (paths: string[]) => void }) {
  const [path, setPath] = useState<string | null>(null);
  const [listing, setListing] = useState<BrowseListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    call(api.GET('/api/browse', { params: { query: path ? { path } : {} } }))
      .then(setListing)
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [path]);
  const toggle = (p: string) => props.onChange(props.selected.includes(p) ? props.selected.filter((x) => x !== p) : [...props.selected, p]);
  return (
    <div class="browser" aria-label="Media browser" role="group">
      <div class="toolbar">
        <button type="button" disabled={!listing?.path} onClick={() => setPath(listing?.parent ?? null)}>Up</button>
        <span class="mono" aria-live="polite">{listing?.path ?? 'Media roots'}</span>
      </div>
      {error && <p class="field-error" role="alert">{error}</p>}
      <ul class="entries">
        {listing?.entries.length === 0 && <li class="muted">No folders or video files here.</li>}
        {listing?.entries.map((e) => (
          <li key={e.path} data-path={e.path}>
            <input type="checkbox" id={`pick-${e.path}`} checked={props.selected.includes(e.path)} onChange={() => toggle(e.path)}
              aria-label={`Select ${e.isDirectory ? 'folder' : 'file'} ${e.name}`} />
            {e.isDirectory
              ? <button type="button" class="link" onClick={() => setPath(e.path)}>📁 {e.name}</button>
              : <label for={`pick-${e.path}`}>🎞 {e.name}</label>}
            <span class="muted small">
              {e.video && ` ${e.video.codec} ${e.video.width}×${e.video.height} ${duration((e.video.durationSec ?? 0) * 1000)}`}
              {e.sizeBytes != null && ` · ${bytes(e.sizeBytes)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
