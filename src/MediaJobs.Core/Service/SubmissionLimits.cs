using System.Text;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Service;

/// <summary>
/// What a job may carry, checked before anything is stored, so every stored job can always be written back in any
/// answer (a list page, a compat shape, an SSE frame): its input and its options each nest at most
/// <see cref="MaxDepth"/> levels (the object itself is level 1) and together take at most <see cref="MaxBytes"/> as JSON.
/// </summary>
public static class SubmissionLimits
{
    public const int MaxDepth = 32;

    /// <summary>Room for the longest transformer text (two million characters) with its options.</summary>
    public const int MaxBytes = 2 * 1024 * 1024 + 64 * 1024;

    public static void Check(JobSubmission submission, string fieldPrefix)
    {
        ArgumentNullException.ThrowIfNull(submission);
        CheckDepth(submission.Input, fieldPrefix + "input", "input");
        CheckDepth(submission.Options, fieldPrefix + "options", "options");
        var bytes = Encoding.UTF8.GetByteCount(submission.Input.ToJsonString()) + Encoding.UTF8.GetByteCount(submission.Options.ToJsonString());
        if (bytes > MaxBytes)
        {
            throw new JobValidationException(fieldPrefix + "input", $"The job's input and options take {bytes} bytes as JSON; at most {MaxBytes} are accepted.");
        }
    }

    private static void CheckDepth(JsonObject root, string field, string what)
    {
        if (Deeper(root, 1))
        {
            throw new JobValidationException(field, $"The job's {what} nests deeper than {MaxDepth} levels of objects and arrays; at most {MaxDepth} are accepted.");
        }
    }

    /// <summary>True when <paramref name="node"/>, at <paramref name="depth"/>, holds containers beyond <see cref="MaxDepth"/>.</summary>
    private static bool Deeper(JsonNode? node, int depth) => node switch
    {
        JsonObject o => depth > MaxDepth || o.Any(kv => Deeper(kv.Value, depth + 1)),
        JsonArray a => depth > MaxDepth || a.Any(item => Deeper(item, depth + 1)),
        _ => false,
    };
}
