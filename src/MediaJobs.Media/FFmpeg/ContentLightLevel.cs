namespace MediaJobs.Media.FFmpeg;

/// <summary>CTA-861.3 content light level of an HDR10 stream, in cd/m²: MaxCLL (brightest pixel) and MaxFALL (brightest frame average).</summary>
public sealed record ContentLightLevel(int MaxContent, int MaxAverage);
