using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// The form fields of Secretary's <c>POST /api/pdf/process</c> as a <c>pdf</c> job's <c>parameters</c>. Its method
/// names map onto ours (<c>tesseract_ocr</c> → <c>ocr</c>, <c>both</c> → <c>combined</c>, <c>llm</c> →
/// <c>openai_vision</c>); our own names pass as they are. Fields MediaJobs cannot honour (page ranges, a target
/// language, preview images, an inline Base64 image archive, a template context) are refused by name, never ignored.
/// </summary>
internal static class SecretaryPdfForm
{
    public const int MaxWaitMs = 600_000;

    private static readonly Dictionary<string, string> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tesseract_ocr"] = "ocr",
        ["both"] = "combined",
        ["llm"] = "openai_vision",
    };

    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["page_start"] = "page ranges are not supported: the whole PDF is processed",
        ["page_end"] = "page ranges are not supported: the whole PDF is processed",
        ["target_language"] = "translation is not supported (the OCR language is 'language')",
        ["context"] = "a template context is not supported",
    };

    /// <summary>The job parameters for the stored upload at <paramref name="path"/>, and the wait; or the refused field.</summary>
    /// <exception cref="RequestProblemException">A field with a value MediaJobs cannot honour (400, naming it).</exception>
    public static (JsonObject Parameters, int WaitMs) Read(IReadOnlyDictionary<string, string> fields, string path)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (name, reason) in Refused)
        {
            if (fields.TryGetValue(name, out var value) && value.Length > 0)
            {
                throw RequestProblemException.BadField(name, $"'{name}': {reason}.");
            }
        }
        var parameters = new JsonObject { ["filename"] = path };
        var method = Text(fields, "extraction_method") ?? "native";
        if (method.StartsWith("preview", StringComparison.Ordinal) || method is "llm_and_native" or "llm_and_ocr")
        {
            throw RequestProblemException.BadField("extraction_method", $"'extraction_method' '{method}' is not supported: use native, tesseract_ocr (ocr), both (combined) or llm (openai_vision).");
        }
        parameters["extraction_method"] = Methods.GetValueOrDefault(method, method);
        if (Text(fields, "template") is { } template)
        {
            parameters["template"] = template;
        }
        if (Text(fields, "language") is { } language)
        {
            parameters["language"] = language;
        }
        var useCache = Flag(fields, "useCache") ?? true;
        parameters["use_cache"] = useCache && Flag(fields, "force_refresh") != true;
        if (Flag(fields, "includeImages") == true)
        {
            throw RequestProblemException.BadField("includeImages", "'includeImages': an inline Base64 archive is not supported; download the images with GET /api/jobs/{job_id}/download-archive.");
        }
        if (Text(fields, "callback_url") is { } url)
        {
            var webhook = new JsonObject { ["url"] = url };
            foreach (var (field, key) in new[] { ("callback_token", "token"), ("jobId", "jobId") })
            {
                if (Text(fields, field) is { } value)
                {
                    webhook[key] = value;
                }
            }
            parameters["webhook"] = webhook;
        }
        return (parameters, WaitMs(fields));
    }

    private static int WaitMs(IReadOnlyDictionary<string, string> fields)
    {
        if (Text(fields, "wait_ms") is not { } text)
        {
            return 0;
        }
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? Math.Min(ms, MaxWaitMs)
            : throw RequestProblemException.BadField("wait_ms", $"'wait_ms' must be a whole number of milliseconds (0 to {MaxWaitMs}), not '{text}'.");
    }

    private static string? Text(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Flask-RESTX's <c>inputs.boolean</c>: true/false, 1/0, case-insensitive.</summary>
    private static bool? Flag(IReadOnlyDictionary<string, string> fields, string name) => Text(fields, name)?.ToUpperInvariant() switch
    {
        null => null,
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => throw RequestProblemException.BadField(name, $"'{name}' must be true or false."),
    };

    /// <summary>The 202 body the real server answers while the job runs (or when a webhook will report it).</summary>
    public static SecretaryPdfAccepted Accepted(string jobId, string clientJobId, DateTimeOffset started, string? callbackUrl) => new(
        "accepted",
        "secretary",
        new SecretaryProcess(jobId, "pdf", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), IsFromCache: false),
        new SecretaryJobId(clientJobId),
        callbackUrl is null ? null : new SecretaryPdfWebhook(callbackUrl),
        null);
}
