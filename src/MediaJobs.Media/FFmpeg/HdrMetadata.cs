namespace MediaJobs.Media.FFmpeg;

/// <summary>HDR10 static metadata of a video stream; either part may be missing.</summary>
public sealed record HdrMetadata(MasteringDisplay? MasteringDisplay, ContentLightLevel? ContentLight)
{
    public bool IsComplete => MasteringDisplay is not null && ContentLight is not null;

    /// <summary>Each part from <paramref name="first"/> when it has it, else from <paramref name="second"/>; null when neither has any.</summary>
    public static HdrMetadata? Merge(HdrMetadata? first, HdrMetadata? second)
    {
        var mastering = first?.MasteringDisplay ?? second?.MasteringDisplay;
        var light = first?.ContentLight ?? second?.ContentLight;
        return mastering is null && light is null ? null : new HdrMetadata(mastering, light);
    }
}
