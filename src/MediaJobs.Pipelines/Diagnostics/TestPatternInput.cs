using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>What the test-pattern job renders. Width and height must be even for yuv420p.</summary>
public sealed record TestPatternInput(double DurationSec, int Width, int Height, int Fps, bool Realtime)
{
    public static TestPatternInput Read(JsonObject input)
    {
        var reader = new InputReader(input);
        var width = reader.Integer("width", 320, 16, 3840);
        var height = reader.Integer("height", 240, 16, 2160);
        if (width % 2 != 0 || height % 2 != 0)
        {
            throw Core.Errors.JobValidationException.InInput(width % 2 != 0 ? "width" : "height", _ => "Width and height must be even numbers (yuv420p).");
        }
        return new TestPatternInput(
            reader.Number("durationSec", 5, 0.5, 3600),
            width,
            height,
            reader.Integer("fps", 25, 1, 60),
            reader.Boolean("realtime", false));
    }
}
