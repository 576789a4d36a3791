namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Writes a narration script from a brief (topic, audience, goal, tone, style, target duration).
/// The offline default is <see cref="TemplateScriptWriter"/>; an LLM-backed writer plugs in here.
/// </summary>
public interface IScriptWriter
{
    /// <summary>Short name recorded in <c>script.json</c>'s <c>source</c>.</summary>
    string Name { get; }

    /// <summary>Null when this writer can write for <paramref name="request"/>, else why not (a 400 at submit).</summary>
    string? CannotWrite(VideoRequest request);

    Task<VideoScript> WriteAsync(VideoRequest request, CancellationToken ct);
}
