using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Configuration;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Api;

/// <summary>
/// <c>GET /api/settings</c> and <c>PATCH /api/settings</c>: the runtime settings, changed only through
/// <see cref="RuntimeSettings"/> (start-up's validators, stored for every node, all or none). Admin key.
/// </summary>
internal static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/settings").WithTags("Settings").ProducesUnauthorizedProblem();
        settings.MapGet("/", GetAsync)
            .WithName("GetSettings")
            .WithSummary("Every setting that may change while the server runs, with its value and the settings' version (also the ETag; admin key)")
            .Produces<SettingsResponse>()
            .RequireAdminKey();
        settings.MapPatch("/", PatchAsync)
            .WithName("UpdateSettings")
            .WithSummary("Change runtime settings on every node, all or none, by the start-up rules (admin key)")
            .WithDescription("Body: a JSON object of configuration key → value (a string, number or boolean; null puts the configured value back). A refused key or value is a 400 naming the key in 'field'. With If-Match: \"<version>\" the change is made only if nobody changed the settings since that version (412 otherwise); without it, a change made at the same time on another node is merged.")
            .Accepts<IReadOnlyDictionary<string, string?>>("application/json")
            .Produces<SettingsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAdminKey();
        return app;
    }

    private static async Task<Ok<SettingsResponse>> GetAsync(HttpContext http, RuntimeSettings settings, CancellationToken ct) =>
        Answer(http, await settings.ReadAsync(ct));

    private static async Task<Results<Ok<SettingsResponse>, ProblemResult>> PatchAsync(HttpContext http, RuntimeSettings settings, CancellationToken ct)
    {
        var expected = ExpectedVersion(http.Request);
        var changes = Changes(await JsonBodyReader.ReadObjectAsync(http, ct));
        var update = await settings.UpdateAsync(changes, expected, ct);
        switch (update.Outcome)
        {
            case RuntimeSettingsOutcome.Refused:
                var first = update.Errors[0];
                return new ProblemResult(ProblemWriter.Create(StatusCodes.Status400BadRequest, "Invalid request",
                    string.Join(" ", update.Errors.Select(e => e.Message)), first.Key));
            case RuntimeSettingsOutcome.Stale:
                http.Response.Headers.ETag = Tag(update.Version);
                return new ProblemResult(ProblemWriter.Create(StatusCodes.Status412PreconditionFailed, "Precondition Failed",
                    $"The settings changed since the version in If-Match; they are at version {update.Version} now. Read them again and redo the change."));
            case RuntimeSettingsOutcome.Busy:
                return ProblemResult.Conflict("The settings kept changing on other nodes while this change was merged; try again.");
            default:
                return Answer(http, await settings.ReadAsync(ct));
        }
    }

    private static Ok<SettingsResponse> Answer(HttpContext http, RuntimeSettingsSnapshot snapshot)
    {
        http.Response.Headers.ETag = Tag(snapshot.Version);
        return TypedResults.Ok(new SettingsResponse(snapshot.Version, snapshot.Values));
    }

    private static string Tag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version If-Match asks for: none without the header or with <c>*</c>; a tag that is not one of ours (weak,
    /// a list, not a number) can never be current, so it is -1 and the change answers 412.
    /// </summary>
    private static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }
        return header.Length > 2 && header[0] == '"' && header[^1] == '"'
            && long.TryParse(header[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                ? version
                : -1;
    }

    /// <summary>The body as configuration key → value: strings as they are, numbers and booleans as their JSON text.</summary>
    private static Dictionary<string, string?> Changes(JsonObject body)
    {
        if (body.Count == 0)
        {
            throw RequestProblemException.BadField("$", "Name at least one setting to change: a JSON object of configuration key → value.");
        }
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in body)
        {
            changes[key] = value switch
            {
                null => null,
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
                JsonValue other when other.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => other.ToJsonString(),
                _ => throw RequestProblemException.BadField(key, $"{key} must be a string, number, boolean or null."),
            };
        }
        return changes;
    }
}
