using MediaJobs.Core.Errors;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Seed 003's error body, <c>{"status": "error", "error": {code, message, details}}</c>, for every failure of this
/// surface; <c>details.field</c> names the bad field in the surface's words (<c>parameters.filename</c>, <c>webhook.url</c>).
/// </summary>
internal sealed class SecretaryErrors : CompatErrors<SecretaryError>
{
    public const string NotFoundCode = "NOT_FOUND";
    public const string InvalidCode = "INVALID_REQUEST";

    public static SecretaryErrors Shape { get; } = new();

    public static JsonHttpResult<SecretaryError> JobNotFound(string id) => Shape.Error(StatusCodes.Status404NotFound, NotFoundCode, $"Job not found: {id}");

    public static JsonHttpResult<SecretaryError> BatchNotFound(string id) => Shape.Error(StatusCodes.Status404NotFound, NotFoundCode, $"Batch not found: {id}");

    public JsonHttpResult<SecretaryError> Error(int status, string code, string message, string? field = null) =>
        TypedResults.Json(new SecretaryError("error", new SecretaryErrorInfo(code, message, field is null ? null : new SecretaryErrorDetails(field))), statusCode: status);

    /// <summary>The code derived from the HTTP status, and no field (body-reading errors).</summary>
    protected override SecretaryError Body(int status, string message) => new("error", new SecretaryErrorInfo(CodeFor(status), message, null));

    public override JsonHttpResult<SecretaryError> Refused(RequestProblemException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Error(problem.Status, CodeFor(problem.Status), problem.Message, problem.Field);
    }

    public override JsonHttpResult<SecretaryError> Invalid(JobValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return Error(StatusCodes.Status400BadRequest, InvalidCode, invalid.WithInputPrefix("parameters.").Message, SeedField(invalid.Field));
    }

    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InvalidCode,
        StatusCodes.Status401Unauthorized => "UNAUTHORIZED",
        StatusCodes.Status404NotFound => NotFoundCode,
        StatusCodes.Status413PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout => "DOWNLOAD_FAILED",
        _ => "ERROR",
    };

    /// <summary>
    /// An engine field in this surface's words: a batch item keeps its <c>jobs[i].</c>; the engine's own fields
    /// (<c>type</c>, <c>preset</c>, <c>input</c>, <c>options</c>) stay; <c>options.webhook…</c> is <c>webhook…</c>; every
    /// other path is relative to the job input, which this surface calls <c>parameters</c>.
    /// </summary>
    internal static string SeedField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var item = field.StartsWith("jobs[", StringComparison.Ordinal) && field.IndexOf("].", StringComparison.Ordinal) is var end and > 0
            ? field[..(end + 2)]
            : "";
        var rest = field[item.Length..];
        const string Webhook = "options.webhook";
        return item + rest switch
        {
            "type" or "preset" or "input" or "options" => rest,
            _ when rest.StartsWith(Webhook, StringComparison.Ordinal) => "webhook" + rest[Webhook.Length..],
            _ => "parameters." + rest,
        };
    }
}
