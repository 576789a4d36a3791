using System.Text.Json;
using MediaJobs.Server.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MediaJobs.Server.Health;

/// <summary>
/// Readiness as JSON: <c>{status, checks:[{name, status, description, durationMs}]}</c>; when not
/// ready, the same checks inside an application/problem+json 503.
/// </summary>
internal static class ReadinessResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.Select(e => new
        {
            name = e.Key,
            status = e.Value.Status.ToString(),
            description = e.Value.Description,
            durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
        }).ToList();
        if (report.Status == HealthStatus.Unhealthy)
        {
            var problem = ProblemWriter.Create(StatusCodes.Status503ServiceUnavailable, "Not ready", "One or more readiness checks failed.");
            problem.Extensions["checks"] = checks;
            return ProblemWriter.WriteAsync(context, problem);
        }
        return context.Response.WriteAsJsonAsync(new { status = report.Status.ToString(), checks }, Json, context.RequestAborted);
    }
}
