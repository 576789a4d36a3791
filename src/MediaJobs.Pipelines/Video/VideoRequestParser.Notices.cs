using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video;

internal static partial class VideoRequestParser
{
    private const int MaxNotices = 16;

    /// <summary>
    /// <c>inputs.notices</c>: what the submitting surface could not honour, as <c>{code, message, remediation}</c>
    /// objects (at most 16); the script step reports each as a job warning, so they reach the job's own events.
    /// </summary>
    private static IReadOnlyList<JobError> ReadNotices(JsonObject flat)
    {
        if (flat["notices"] is not { } node)
        {
            return [];
        }
        if (node.GetValueKind() != JsonValueKind.Array || node.AsArray().Count > MaxNotices)
        {
            throw InputReader.Refuse("", "notices", $"must be an array of at most {MaxNotices} objects {{code, message, remediation}}.");
        }
        var notices = new List<JobError>();
        foreach (var (item, i) in node.AsArray().Select((n, i) => (n, i)))
        {
            if (item?.GetValueKind() != JsonValueKind.Object)
            {
                throw InputReader.Refuse("", $"notices[{i}]", "must be an object {code, message, remediation}.");
            }
            var reader = new InputReader(item.AsObject(), $"notices[{i}].");
            var code = reader.Text("code", 100);
            var message = reader.Text("message", 1000);
            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(message))
            {
                throw InputReader.Refuse("", $"notices[{i}]", "needs a 'code' and a 'message'.");
            }
            notices.Add(new JobError(code.Trim(), message.Trim(), reader.Text("remediation", 1000)?.Trim()));
        }
        return notices;
    }
}
