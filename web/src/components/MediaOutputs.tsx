import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client';
import { freshToken, urls, withToken } from '../api/streams';
import { bytes } from '../format';
import { renderMarkdown } from '../markdown';
import type { Artifact, Job } from '../types';

const isSubtitle = (a: Artifact) => a.mediaType === 'text/vtt' || a.name.endsWith('.vtt');
const isText = (a: Artifact) => a.mediaType.startsWith('text/') || a.mediaType === 'application/json';

/** Outputs as media: a player (Range requests) with the subtitle tracks attached, images, text and Markdown, downloads. */
export function MediaOutputs(props: { job: Job }) {
  const { job } = props;
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => { freshToken(job.jobId).then((t) => setToken(t.token)).catch(() => setToken(null)); }, [job.jobId, job.status]);
  const artifacts = dedupe([...(job.output?.artifacts ?? []), ...(job.artifacts ?? [])]);
  if (artifacts.length === 0) return <p class="muted">No outputs yet.</p>;
  const url = (a: Artifact) => withToken(urls.output(job.jobId, a.name), token);
  const subtitles = artifacts.filter(isSubtitle);
  const videos = artifacts.filter((a) => a.mediaType.startsWith('video/'));
  const audios = artifacts.filter((a) => a.mediaType.startsWith('audio/'));
  const images = artifacts.filter((a) => a.mediaType.startsWith('image/'));
  const texts = artifacts.filter((a) => isText(a) && !isSubtitle(a));
  return (
    <div class="outputs">
      {videos.map((v) => (
        <figure key={v.name}>
          <video controls preload="metadata" src={url(v)} class="player" aria-label={`Video ${v.name}`}>
            {subtitles.map((s, i) => <track kind="subtitles" src={url(s)} label={s.name} srcLang="en" default={i === 0} />)}
          </video>
          <figcaption>{v.name} · {bytes(v.sizeBytes)}</figcaption>
        </figure>
      ))}
      {audios.map((a) => (
        <figure key={a.name}><audio controls preload="metadata" src={url(a)} aria-label={`Audio ${a.name}`} /><figcaption>{a.name}</figcaption></figure>
      ))}
      {images.length > 0 && (
        <div class="thumbs">
          {images.slice(0, 24).map((i) => <a href={url(i)} target="_blank" rel="noopener"><img src={url(i)} alt={i.name} loading="lazy" /></a>)}
        </div>
      )}
      {texts.map((t) => <TextArtifact key={t.name} job={job} artifact={t} />)}
      <table class="files">
        <caption class="sr-only">Files</caption>
        <thead><tr><th>File</th><th>Type</th><th>Size</th><th>Step</th></tr></thead>
        <tbody>
          {artifacts.map((a) => (
            <tr><td><a href={url(a)} download={a.name}>{a.name}</a></td><td>{a.mediaType}</td><td>{bytes(a.sizeBytes)}</td><td>{a.step ?? ''}</td></tr>
          ))}
        </tbody>
      </table>
      <p><a class="button" href={withToken(urls.archive(job.jobId), token)} download>Download everything (ZIP)</a></p>
    </div>
  );
}

function TextArtifact(props: { job: Job; artifact: Artifact }) {
  const [text, setText] = useState<string | null>(null);
  const a = props.artifact;
  const open = async (e: Event) => {
    if ((e.target as HTMLDetailsElement).open && text === null && a.sizeBytes < 2_000_000) {
      try {
        const value = await call(api.GET('/api/jobs/{id}/output', { params: { path: { id: props.job.jobId }, query: { name: a.name } }, parseAs: 'text' }));
        setText(a.mediaType === 'application/json' ? prettyJson(value) : value);
      } catch { setText('(could not load)'); }
    }
  };
  return (
    <details class="text-artifact" onToggle={open}>
      <summary>{a.name} <span class="muted">({bytes(a.sizeBytes)})</span></summary>
      {text !== null && (a.name.endsWith('.md') || a.mediaType === 'text/markdown'
        ? <div class="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />
        : <pre class="text">{text}</pre>)}
    </details>
  );
}

/** JSON indented for reading; anything that does not parse is shown as it came. */
export function prettyJson(text: string): string {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
}

function dedupe(list: Artifact[]): Artifact[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.name) && (seen.add(a.name), true));
}
