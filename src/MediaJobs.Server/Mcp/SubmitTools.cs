using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Service;
using MediaJobs.Server.Api;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Correlation;
using ModelContextProtocol.Server;

namespace MediaJobs.Server.Mcp;

/// <summary>
/// One <c>submit_&lt;type&gt;</c> tool per job type this server runs. Each builds the native submit body and
/// goes through the API's own parser and the job service, so validation and its messages are the API's.
/// </summary>
internal static class SubmitTools
{
    public static IEnumerable<McpServerTool> For(PipelineRegistry pipelines, IServiceProvider services) =>
        pipelines.Types.Select(type => Create(type, pipelines, services));

    public static string ToolName(string type) => "submit_" + type.Replace('-', '_');

    private static McpServerTool Create(string type, PipelineRegistry pipelines, IServiceProvider services)
    {
        var presets = pipelines.Find(type)!.Presets;
        var submit = async (
            [Description("Preset; the first listed is the default.")] string? preset = null,
            [Description("The job's inputs, as the HTTP API's 'inputs' object (see docs/api.md, Job types).")] JsonElement? inputs = null,
            [Description("Options, as the HTTP API's 'options' (e.g. webhook {url, token?, jobId?}).")] JsonElement? options = null,
            [Description("-1000 to 1000; higher runs first.")] int? priority = null,
            [Description("Automatic attempts for transient errors (1-100).")] int? maxAttempts = null,
            McpRequest request = null!,
            JobService service = null!,
            CancellationToken ct = default) =>
        {
            var body = new JsonObject { ["type"] = type };
            Add(body, "preset", preset is null ? null : JsonValue.Create(preset));
            Add(body, "inputs", inputs is { } i ? JsonNode.Parse(i.GetRawText()) : null);
            Add(body, "options", options is { } o ? JsonNode.Parse(o.GetRawText()) : null);
            Add(body, "priority", priority is null ? null : JsonValue.Create(priority));
            Add(body, "maxAttempts", maxAttempts is null ? null : JsonValue.Create(maxAttempts));
            var job = await McpRequest.AsToolErrorsAsync(() =>
            {
                var submission = SubmissionParser.Parse(body, "", CorrelationId.Get(request.Http), request.Caller.Owner);
                return JobSubmitEndpoints.SubmitWithApiFieldsAsync(() => service.SubmitAsync(submission, ct), () => body);
            });
            return request.Serialize(new SubmitJobResponse(job.Id, job.CorrelationId, job.Status.ToString(), JobStages.Of(job, pipelines)));
        };
        return McpServerTool.Create(submit, new McpServerToolCreateOptions
        {
            Name = ToolName(type),
            Title = $"Submit a {type} job",
            Description = $"Queues a '{type}' job (presets: {string.Join(", ", presets)}) and returns its jobId at once; "
                + "follow it with wait_for_job, read it with get_job_results.",
            Services = services,
            Destructive = false,
            OpenWorld = true,
        });
    }

    private static void Add(JsonObject body, string name, JsonNode? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }
}
