using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>The script writer, voice and b-roll source a <see cref="VideoPipeline"/> uses, built from <see cref="VideoProvidersOptions"/>.</summary>
internal sealed record VideoProviders(IScriptWriter Writer, ISpeechSynthesizer Speech, IBrollSource Broll)
{
    /// <summary>
    /// Offline defaults, with each cloud provider added when configured: the LLM writer (falling back to the template
    /// writer), a <see cref="SpeechProviderSelector"/> over espeak-ng / OpenAI / Azure, and a <see cref="CompositeBrollSource"/>
    /// over the user folder / Pexels / the generated library. <paramref name="options"/> should already include the
    /// environment (<see cref="VideoProvidersOptions.WithEnvironment"/>).
    /// </summary>
    public static VideoProviders Create(VideoProvidersOptions options, HttpClient http, ToolLocator tools, ProcessRunner runner, FfmpegRunner ffmpeg, string assetsDirectory, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var template = new TemplateScriptWriter();
        IScriptWriter writer = options.Llm.IsConfigured ? new OpenAiScriptWriter(http, options.Llm, template, time) : template;
        var speech = new SpeechProviderSelector(
            new EspeakSynthesizer(tools, runner),
            options.Tts.IsConfigured ? new OpenAiSpeechSynthesizer(http, options.Tts, time) : null,
            options.Azure.IsConfigured ? new AzureSpeechSynthesizer(http, options.Azure, time) : null);
        var broll = new CompositeBrollSource(
            new GeneratedBrollSource(assetsDirectory, ffmpeg),
            options.UserMediaFolder is { } folder ? new UserMediaBrollSource(folder) : null,
            options.Pexels.IsConfigured ? new PexelsBrollSource(http, options.Pexels, Path.Combine(assetsDirectory, "pexels"), time) : null);
        return new VideoProviders(writer, speech, broll);
    }
}
