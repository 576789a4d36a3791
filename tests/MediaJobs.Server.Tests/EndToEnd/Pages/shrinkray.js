// The calls Shrinkray's real UI (web/templates/index.html) makes, on its own origin as the real page is served:
// config, presets and encoders on load, the browser's listing of the media folder, the jobs EventSource, then
// "add to queue" of a file with a non-SmartShrink preset (smartshrink_quality ""), following the stream to the end.
(async () => {
  const result = { events: [] };
  try {
    const json = async (path, options) => {
      const response = await fetch(path, options);
      const body = await response.json();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body;
    };
    const config = await json("/api/config");
    result.presets = (await json("/api/presets")).map((p) => p.id);
    result.encoders = await json("/api/encoders");
    const listing = await json(`/api/browse?path=${encodeURIComponent(config.media_path)}`);
    const file = listing.entries.find((e) => !e.is_dir);
    result.file = file.path;
    result.codec = file.video_info && file.video_info.video_codec;

    const source = new EventSource("/api/jobs/stream");
    const ended = new Promise((resolve) => {
      source.onmessage = (e) => {
        const data = JSON.parse(e.data);
        result.events.push(data.type);
        if (data.job && data.job.input_path === result.file && ["complete", "failed", "skipped"].includes(data.type)) {
          result.job = data.job;
          source.close();
          resolve();
        }
      };
    });
    await new Promise((resolve) => { source.onopen = resolve; });
    const added = await json("/api/jobs", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ paths: [result.file], preset_id: "compress-hevc", smartshrink_quality: "" }),
    });
    result.added = added.status;
    await ended;
  } catch (err) {
    result.failure = String(err);
  }
  window.result = result;
})();
