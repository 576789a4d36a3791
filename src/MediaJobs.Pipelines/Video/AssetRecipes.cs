using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The generated library: six short abstract clips and two music beds, each from FFmpeg's own
/// sources and filters (original works, CC0). Pure: the recipes and the ffmpeg arguments that render them.
/// </summary>
public static class AssetRecipes
{
    public const int ClipWidth = 640;
    public const int ClipHeight = 360;
    public const int ClipFps = 25;
    public const double ClipSeconds = 5;
    public const double MusicSeconds = 30;

    public static IReadOnlyList<AssetRecipe> Clips { get; } =
    [
        new("clip-gradients.mp4", ["modern", "calm", "corporate"],
            "gradients=s=640x360:r=25:d=5:speed=0.015:nb_colors=3:c0=0x1e3c72:c1=0x2a9d8f:c2=0xe9c46a:seed=7", false),
        new("clip-plasma.mp4", ["modern", "playful", "energetic"],
            "nullsrc=s=320x180:r=25:d=5,geq=r='110+60*sin(X/23+T*1.1)':g='120+60*sin(Y/17-T*0.8)':b='150+70*sin((X+Y)/29+T*1.6)',scale=640:360:flags=bicubic", false),
        new("clip-mandelbrot.mp4", ["technical", "cinematic"],
            "mandelbrot=s=640x360:r=25:start_scale=2.5:end_scale=0.6:end_pts=125:outer=normalized_iteration_count,trim=duration=5", false),
        new("clip-life.mp4", ["playful", "technical"],
            "life=s=160x90:r=25:mold=12:ratio=0.12:life_color=0xffd166:death_color=0x264653:seed=3,scale=640:360:flags=neighbor,gblur=sigma=1.5,trim=duration=5", false),
        new("clip-sierpinski.mp4", ["technical", "cinematic", "modern"],
            "sierpinski=s=640x360:r=25:type=carpet:seed=5,format=rgb24,colorchannelmixer=rr=0.25:rg=0.1:gg=0.55:bb=0.85,gblur=sigma=2,trim=duration=5", false),
        new("clip-prism.mp4", ["calm", "cinematic", "corporate"],
            "testsrc2=s=320x180:r=25:d=5,hue=H=1.2*t:s=0.8,boxblur=luma_radius=16:luma_power=2,scale=640:360", false),
    ];

    public static IReadOnlyList<AssetRecipe> Music { get; } =
    [
        new("music-warm.m4a", ["modern", "calm", "corporate", "playful"], Chords([[261.63, 329.63, 392.00], [220.00, 261.63, 329.63], [174.61, 220.00, 261.63], [196.00, 246.94, 293.66]], 4), true),
        new("music-night.m4a", ["cinematic", "technical", "energetic"], Chords([[220.00, 261.63, 329.63], [174.61, 220.00, 261.63], [261.63, 329.63, 392.00], [196.00, 246.94, 293.66]], 6), true),
    ];

    public static IEnumerable<AssetRecipe> All => Clips.Concat(Music);

    /// <summary>The ffmpeg arguments that render <paramref name="recipe"/> to <paramref name="outputPath"/>.</summary>
    public static IReadOnlyList<string> BuildArgs(AssetRecipe recipe, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return recipe.IsMusic
            ? ["-f", "lavfi", "-i", recipe.Graph, "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2", "-movflags", "+faststart", "-f", "mp4", outputPath]
            : ["-f", "lavfi", "-i", recipe.Graph, "-t", ClipSeconds.ToString(CultureInfo.InvariantCulture), "-an",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "20", "-pix_fmt", "yuv420p", "-g", "25", "-movflags", "+faststart", "-f", "mp4", outputPath];
    }

    /// <summary>
    /// A soft pad: each chord (root, third, fifth, plus the root an octave down) swells in over its bar and
    /// decays; a slow tremolo, an echo and a low-pass keep it in the background.
    /// </summary>
    public static string Chords(IReadOnlyList<double[]> progression, double barSeconds)
    {
        ArgumentNullException.ThrowIfNull(progression);
        var inv = CultureInfo.InvariantCulture;
        var cycle = barSeconds * progression.Count;
        var sum = new StringBuilder();
        for (var k = 0; k < progression.Count; k++)
        {
            var notes = progression[k].Select(f => string.Create(inv, $"sin(2*PI*{f}*t)")).Append(string.Create(inv, $"0.7*sin(2*PI*{progression[k][0] / 2}*t)"));
            sum.Append(inv, $"{(k == 0 ? "" : "+")}between(mod(t,{cycle}),{k * barSeconds},{(k + 1) * barSeconds - 0.001})*({string.Join("+", notes)})");
        }
        var envelope = string.Create(inv, $"(1-exp(-3*mod(t,{barSeconds})))*(0.6+0.4*exp(-0.5*mod(t,{barSeconds})))*(0.85+0.15*sin(2*PI*0.2*t))");
        return string.Create(inv, $"aevalsrc=exprs='0.15*({sum})*{envelope}':s=48000:d={MusicSeconds},aecho=0.8:0.6:120|240:0.25|0.15,lowpass=f=2500,afade=t=in:d=1,afade=t=out:st={MusicSeconds - 2}:d=2,aformat=channel_layouts=stereo");
    }
}
