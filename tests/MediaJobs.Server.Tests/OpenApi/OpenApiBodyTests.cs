using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>Request bodies read by hand, downloads, streams and each surface's error shape are in the document.</summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiBodyTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("POST", "/compat/moneyprinter/api/generate",
        "videoSubject,paragraphNumber,voice,useMusic,automateYoutubeUpload,zipUrl,aiModel,customPrompt,threads,subtitlesPosition,color", "videoSubject")]
    [InlineData("POST", "/compat/shrinkray/api/jobs", "paths,preset_id,smartshrink_quality,keep_original", "paths,preset_id")]
    [InlineData("POST", "/compat/secretary/api/jobs", "job_type,parameters,user_id,webhook", "job_type")]
    [InlineData("POST", "/compat/secretary/api/jobs/batch", "batch_name,jobs", "jobs")]
    [InlineData("POST", "/api/v1/generate", "text", "text")]
    [InlineData("POST", "/api/jobs", "type,preset,inputs,options,priority,maxAttempts,brief,planSpec,voiceSpec,renderSpec", "")]
    [InlineData("POST", "/api/jobs/batch", "name,jobs", "jobs")]
    public async Task JsonRequestBodies_ListTheirFieldsAndWhichAreRequired(string method, string path, string fields, string required)
    {
        var document = await ServedDocument.OfAsync(factory);

        var schema = document.BodySchema(method, path, status: null);

        Assert.Equal(fields.Split(',').Order(), ServedDocument.PropertyNames(schema).Order());
        Assert.Equal(required.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), ServedDocument.Required(schema).Order());
        Assert.All(schema["properties"]!.AsObject(), p => Assert.False(string.IsNullOrWhiteSpace(document.DescriptionOf(p.Value!.AsObject())), $"{p.Key} has no description"));
    }

    [Fact]
    public async Task SecretaryBatchItems_AreSecretaryJobRequests()
    {
        var document = await ServedDocument.OfAsync(factory);

        var items = document.Resolve(document.BodySchema("POST", "/compat/secretary/api/jobs/batch", status: null)["properties"]!["jobs"]!["items"]!.AsObject());

        Assert.Contains("job_type", ServedDocument.PropertyNames(items));
    }

    [Fact]
    public async Task ShrinkRayPresetId_NamesEveryPreset()
    {
        var document = await ServedDocument.OfAsync(factory);

        var description = (string)document.BodySchema("POST", "/compat/shrinkray/api/jobs", status: null)["properties"]!["preset_id"]!["description"]!;

        Assert.All(TranscodePreset.Ids, id => Assert.Contains(id, description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "/api/jobs/{id}/events", 200, "application/json,text/event-stream")]
    [InlineData("GET", "/api/jobs/stream", 200, "text/event-stream")]
    [InlineData("GET", "/compat/shrinkray/api/jobs/stream", 200, "text/event-stream")]
    [InlineData("GET", "/api/jobs/{id}/output", 200, "application/octet-stream,video/mp4")]
    [InlineData("GET", "/api/jobs/{id}/output", 206, "application/octet-stream,video/mp4")]
    [InlineData("GET", "/api/jobs/{id}/download-archive", 200, "application/zip")]
    [InlineData("GET", "/compat/secretary/api/jobs/{job_id}/download-archive", 200, "application/zip")]
    [InlineData("GET", "/api/v1/download/{id}", 200, "video/mp4")]
    [InlineData("GET", "/api/jobs/{id}", 404, "application/problem+json")]
    [InlineData("GET", "/readyz", 503, "application/problem+json")]
    public async Task Responses_DeclareTheirContentTypes(string method, string path, int status, string contentTypes)
    {
        var document = await ServedDocument.OfAsync(factory);

        var declared = document.ResponseContentTypes(method, path, status);

        Assert.Equal(contentTypes.Split(',').Order(), declared.Order());
    }

    [Theory]
    [InlineData("GET", "/api/jobs/{id}", 404, "ProblemDetails")]
    [InlineData("GET", "/compat/moneyprinter/api/jobs/{id}", 404, "MoneyPrinterError")]
    [InlineData("POST", "/compat/moneyprinter/api/generate", 400, "MoneyPrinterError")]
    [InlineData("GET", "/compat/shrinkray/api/jobs/{id}", 404, "ShrinkRayError")]
    [InlineData("POST", "/compat/shrinkray/api/jobs/clear", 400, "ShrinkRayError")]
    [InlineData("GET", "/compat/secretary/api/jobs/{job_id}", 404, "SecretaryError")]
    [InlineData("POST", "/compat/secretary/api/jobs", 415, "SecretaryError")]
    [InlineData("GET", "/api/v1/status/{id}", 404, "TextToVideoError")]
    [InlineData("GET", "/api/v1/download/{id}", 500, "TextToVideoError")]
    public async Task Errors_AreInTheirSurfacesShape(string method, string path, int status, string schemaName)
    {
        var document = await ServedDocument.OfAsync(factory);
        var contentType = schemaName == "ProblemDetails" ? "application/problem+json" : "application/json";

        var reference = (string?)document.Operation(method, path)["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["content"]![contentType]!["schema"]!["$ref"];

        Assert.Equal($"#/components/schemas/{schemaName}", reference);
    }
}
