using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// A video job's input after validation: seed 000's <c>inputs</c> and its legacy body
/// (<c>brief</c>, <c>planSpec</c>, <c>voiceSpec</c>, <c>renderSpec</c>) reduced to one typed shape.
/// Built by <see cref="VideoRequestParser"/>, deterministically: in Prepare, and once per run for all its steps.
/// </summary>
public sealed record VideoRequest
{
    public required string Preset { get; init; }

    /// <summary>Narration text given by the caller; when null the script is written from the brief.</summary>
    public string? Text { get; init; }

    public string? Topic { get; init; }
    public string? Audience { get; init; }
    public string? Goal { get; init; }
    public string? Tone { get; init; }
    public string? Title { get; init; }
    public string Style { get; init; } = "Modern";
    public Pacing Pacing { get; init; } = Pacing.Conversational;
    public Density Density { get; init; } = Density.Balanced;

    /// <summary>How long the written script should run (the offline writer sizes the script to it).</summary>
    public TimeSpan TargetDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>BCP 47 language tag, e.g. <c>en-US</c>.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>A voice name: an espeak-ng voice (<c>en-us+f3</c>) or a cloud voice (<c>en-US-JennyNeural</c>).</summary>
    public string? VoiceName { get; init; }

    /// <summary>Explicit speech provider (<c>espeak</c>, <c>openai</c>, <c>azure</c>); null: chosen from the voice name.</summary>
    public string? VoiceProvider { get; init; }

    /// <summary>Explicit b-roll source (<c>generated</c>, <c>user</c>, <c>pexels</c>); null: user folder → Pexels → generated.</summary>
    public string? BrollProvider { get; init; }

    /// <summary>Speaking rate multiplier (1.0 = normal).</summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>Pitch multiplier (1.0 = normal).</summary>
    public double Pitch { get; init; } = 1.0;

    /// <summary>Pause multiplier between sentences and scenes (1.0 = normal, 0 = none).</summary>
    public double Pause { get; init; } = 1.0;

    public VideoAspect Aspect { get; init; } = VideoAspect.Widescreen16x9;
    public int Width { get; init; } = 1920;
    public int Height { get; init; } = 1080;
    public double Fps { get; init; } = 30;
    public VideoCodec Codec { get; init; } = VideoCodec.H264;

    /// <summary>Caps the video bitrate (kbit/s); null: quality-targeted only.</summary>
    public int? VideoBitrateK { get; init; }

    public int AudioBitrateK { get; init; } = 160;

    /// <summary>0–100, higher is better; becomes the encoder's CRF. Null: the CRF of <see cref="Quality"/>'s profile.</summary>
    public int? QualityLevel { get; init; }

    public bool EnableSceneCut { get; init; } = true;

    /// <summary>The encoder's threads (<c>-threads</c>, 1–100); null: the encoder decides.</summary>
    public int? Threads { get; init; }
    public EncodeQuality Quality { get; init; } = EncodeQuality.Balanced;
    /// <summary>Burn the captions into the picture (word by word, <see cref="Captions"/>); the soft tracks are always there.</summary>
    public bool BurnSubtitles { get; init; } = true;

    /// <summary>How burned captions look (<c>inputs.captions</c>).</summary>
    public Captions.CaptionStyle Captions { get; init; } = new();

    /// <summary>Lay a generated music bed, ducked under the voice.</summary>
    public bool Music { get; init; } = true;

    /// <summary>The music bed to lay instead of the generated one (<c>inputs.musicFile</c>: an upload of the submitting key).</summary>
    public string? MusicFile { get; init; }

    public bool AllowSkipUnavailable { get; init; }

    /// <summary>Values read in a way the caller may not expect (a voice mapped, a container not produced); the script step warns with them.</summary>
    public IReadOnlyList<Core.Jobs.JobError> InputWarnings { get; init; } = [];

    /// <summary>What the submitting surface could not honour (<c>inputs.notices</c>); reported as job warnings by the script step.</summary>
    public IReadOnlyList<Core.Jobs.JobError> Notices { get; init; } = [];

    /// <summary>A preset with the fixed sample script (<c>sample-hello-youtube</c>, <c>sample-shorts</c>).</summary>
    public bool IsSample => Preset is VideoPipeline.SamplePreset or VideoPipeline.ShortsPreset;
}
