import { useState } from 'preact/hooks';
import { api, ApiError, call } from '../api/client';
import { BrowsePicker } from '../components/BrowsePicker';
import { described, Field } from '../components/Field';
import { navigate } from '../router';
import { pages } from '../routes';
import { buildBody, defaults, Kind, KINDS, knownField, Values } from '../submitForm';
import { toast } from '../toast';
import type { SubmitJob, Upload } from '../types';

type Errors = Record<string, string>;

/** One form per job type; the API's refusals (problem details with a field) are shown at that field. */
export function SubmitView() {
  const [kind, setKind] = useState<Kind>('video');
  return (
    <section aria-labelledby="submit-title">
      <h1 id="submit-title">Submit a job</h1>
      <div role="tablist" class="tabs" aria-label="Job type" onKeyDown={(e) => {
        // Arrow keys move between tabs (WAI-ARIA tabs pattern); only the selected tab is in the Tab order.
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const at = KINDS.findIndex(([k]) => k === kind);
        const next = KINDS[(at + step + KINDS.length) % KINDS.length][0];
        setKind(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}>
        {KINDS.map(([k, label]) => (
          <button type="button" role="tab" id={`tab-${k}`} aria-selected={kind === k} tabIndex={kind === k ? 0 : -1} aria-controls="submit-panel" onClick={() => setKind(k)}>{label}</button>
        ))}
      </div>
      <div id="submit-panel" role="tabpanel" aria-labelledby={`tab-${kind}`}>
        <JobForm key={kind} kind={kind} />
      </div>
    </section>
  );
}

function JobForm(props: { kind: Kind }) {
  const [values, setValues] = useState<Values>(defaults(props.kind));
  const [errors, setErrors] = useState<Errors>({});
  const [paths, setPaths] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: string) => (e: Event) => {
    const t = e.target as HTMLInputElement;
    setValues({ ...values, [name]: t.type === 'checkbox' ? t.checked : t.value });
  };
  const text = (name: string, label: string, field: string, attrs: Record<string, unknown> = {}, hint?: string) => (
    <Field id={name} label={label} error={errors[field]} hint={hint}>
      <input type="text" value={String(values[name] ?? '')} onInput={set(name)} {...described(name, errors[field], hint)} {...attrs} />
    </Field>
  );
  const select = (name: string, label: string, field: string, options: string[]) => (
    <Field id={name} label={label} error={errors[field]}>
      <select value={String(values[name])} onChange={set(name)} {...described(name, errors[field])}>
        {options.map((o) => <option value={o}>{o || '(default)'}</option>)}
      </select>
    </Field>
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const body = await build(props.kind, values, paths, file);
      const created = await call(api.POST('/api/jobs', { body }));
      toast('Job submitted');
      if (created.jobId) navigate(pages.job(created.jobId));
    } catch (err) {
      const field = err instanceof ApiError ? err.field ?? 'form' : 'form';
      const message = err instanceof Error ? err.message : String(err);
      setErrors({ [knownField(props.kind, field) ? field : 'form']: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form" onSubmit={submit} noValidate aria-describedby={errors.form ? 'form-error' : undefined}>
      {props.kind === 'video' && <>
        {select('preset', 'Preset', 'preset', ['sample-hello-youtube', 'default'])}
        {text('topic', 'Topic', 'inputs.topic', {}, 'What the video is about; the offline writer makes a script from it.')}
        <Field id="text" label="Script text (optional)" error={errors['inputs.text']}>
          <textarea rows={3} value={String(values.text)} onInput={set('text')} {...described('text', errors['inputs.text'])} />
        </Field>
        <div class="row">
          {select('aspect', 'Aspect', 'inputs.aspect', ['', '16:9', '9:16', '1:1'])}
          {text('resolution', 'Resolution', 'inputs.resolution', { placeholder: '720p or 1280x720' })}
          {select('quality', 'Quality', 'options.quality', ['', 'fast', 'balanced', 'high'])}
          {text('voice', 'Voice', 'inputs.voice', { placeholder: 'en-us' })}
        </div>
        <label class="inline"><input type="checkbox" checked={Boolean(values.burnSubtitles)} onChange={set('burnSubtitles')} /> Burn captions into the picture (soft subtitles are always included)</label>
      </>}
      {props.kind === 'transcode' && <>
        {select('preset', 'Preset', 'preset', ['compress-hevc', 'compress-av1', 'smartshrink-hevc', 'smartshrink-av1', '1080p', '720p'])}
        {select('smartshrink_quality', 'SmartShrink quality', 'inputs.smartshrink_quality', ['', 'acceptable', 'good', 'excellent'])}
        <label class="inline"><input type="checkbox" checked={Boolean(values.keep_original)} onChange={set('keep_original')} /> Keep the original</label>
        <Field id="paths" label={`Files and folders (${paths.length} selected)`} error={errors['inputs.paths'] ?? Object.entries(errors).find(([k]) => k.startsWith('inputs.paths'))?.[1]}>
          <BrowsePicker selected={paths} onChange={setPaths} />
        </Field>
      </>}
      {props.kind === 'pdf' && <>
        <Field id="file" label="PDF file" error={errors.file ?? errors['inputs.filename']}>
          <input type="file" accept="application/pdf,.pdf" {...described('file', errors.file ?? errors['inputs.filename'])}
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </Field>
        {select('extraction_method', 'Extraction', 'inputs.extraction_method', ['native', 'ocr', 'combined'])}
        {text('template', 'Template (optional)', 'inputs.template', { placeholder: 'Summary, MeetingMinutes' })}
      </>}
      {props.kind === 'transformer' && <>
        <Field id="text" label="Text" error={errors['inputs.text']}>
          <textarea rows={6} value={String(values.text)} onInput={set('text')} {...described('text', errors['inputs.text'])} />
        </Field>
        {text('template', 'Template', 'inputs.template', { placeholder: 'Summary' })}
      </>}
      {props.kind === 'diagnostics' && <div class="row">
        {text('durationSec', 'Duration (s)', 'inputs.durationSec', { inputMode: 'decimal' })}
        {text('width', 'Width', 'inputs.width', { inputMode: 'numeric' })}
        {text('height', 'Height', 'inputs.height', { inputMode: 'numeric' })}
      </div>}
      {errors.form && <p id="form-error" class="field-error" role="alert">{errors.form}</p>}
      <button type="submit" class="primary" disabled={busy}>{busy ? 'Submitting…' : 'Submit'}</button>
    </form>
  );
}

function uploadForm(body: { file: Blob }): FormData {
  const form = new FormData();
  form.append('file', body.file, body.file instanceof File ? body.file.name : 'upload');
  return form;
}

/** The request body, after uploading the PDF a PDF job reads (a refused upload is shown at the file control). */
async function build(kind: Kind, v: Values, paths: string[], file: File | null): Promise<SubmitJob> {
  if (kind !== 'pdf') return buildBody(kind, v, paths);
  if (!file) throw new ApiError(400, { status: 400, detail: 'Choose a PDF file to upload.', field: 'file' });
  let upload: Upload;
  try {
    upload = await call(api.POST('/api/uploads', { body: { file }, bodySerializer: uploadForm }));
  } catch (e) {
    if (e instanceof ApiError) throw new ApiError(e.status, { ...e.problem, field: 'file' });
    throw e;
  }
  return buildBody(kind, v, paths, upload.path);
}
