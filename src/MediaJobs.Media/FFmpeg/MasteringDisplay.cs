namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// SMPTE ST 2086 mastering display colour volume of an HDR10 stream: CIE 1931 xy of the red, green and blue primaries
/// and the white point, and the display's luminance range in cd/m². Decimals hold ffprobe's rationals exactly
/// (34000/50000 → 0.68, 44564/65536 → 0.67999267578125), so each encoder's units are rounded to once.
/// </summary>
public sealed record MasteringDisplay(
    decimal RedX,
    decimal RedY,
    decimal GreenX,
    decimal GreenY,
    decimal BlueX,
    decimal BlueY,
    decimal WhitePointX,
    decimal WhitePointY,
    decimal MaxLuminance,
    decimal MinLuminance);
