using System.Globalization;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// HDR10 static metadata as encoder parameters (pure). Both encoders take <c>G(x,y)B(x,y)R(x,y)WP(x,y)L(max,min)</c> and
/// light levels as <c>MaxCLL,MaxFALL</c>, in different units: x265 wants integers, chromaticities in 0.00002 (1/50000)
/// and luminance in 0.0001 cd/m²; SVT-AV1 wants the plain values (xy, cd/m²) and rounds them to AV1's fixed point.
/// </summary>
public static class HdrEncoderParams
{
    /// <summary>Entries for <c>-x265-params</c>: <c>master-display=…</c>, <c>max-cll=…</c>.</summary>
    public static IReadOnlyList<string> X265(HdrMetadata? hdr)
    {
        var list = new List<string>();
        if (hdr?.MasteringDisplay is { } m)
        {
            list.Add("master-display=" + Format(m, v => Units(v, 50_000), v => Units(v, 10_000)));
        }
        if (hdr?.ContentLight is { } light)
        {
            list.Add("max-cll=" + Light(light));
        }
        return list;
    }

    /// <summary>Entries for <c>-svtav1-params</c>: <c>mastering-display=…</c>, <c>content-light=…</c>.</summary>
    public static IReadOnlyList<string> SvtAv1(HdrMetadata? hdr)
    {
        var list = new List<string>();
        if (hdr?.MasteringDisplay is { } m)
        {
            list.Add("mastering-display=" + Format(m, Plain, Plain));
        }
        if (hdr?.ContentLight is { } light)
        {
            list.Add("content-light=" + Light(light));
        }
        return list;
    }

    // No spaces and no ':' anywhere: ffmpeg splits these parameter lists on ':', and SVT-AV1's parser stops at a space.
    private static string Format(MasteringDisplay m, Func<decimal, string> chroma, Func<decimal, string> luminance) =>
        $"G({chroma(m.GreenX)},{chroma(m.GreenY)})B({chroma(m.BlueX)},{chroma(m.BlueY)})R({chroma(m.RedX)},{chroma(m.RedY)})"
        + $"WP({chroma(m.WhitePointX)},{chroma(m.WhitePointY)})L({luminance(m.MaxLuminance)},{luminance(m.MinLuminance)})";

    private static string Light(ContentLightLevel light) =>
        light.MaxContent.ToString(CultureInfo.InvariantCulture) + "," + light.MaxAverage.ToString(CultureInfo.InvariantCulture);

    private static string Units(decimal value, int perUnit) =>
        ((long)Math.Round(value * perUnit, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    // Eight places keep AV1's finest step (2^-16 for chromaticities, 2^-14 cd/m² for the minimum) exact enough.
    private static string Plain(decimal value) => value.ToString("0.########", CultureInfo.InvariantCulture);
}
