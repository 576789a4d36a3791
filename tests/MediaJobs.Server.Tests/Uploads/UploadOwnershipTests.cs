using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>An upload belongs to the key that made it: another key's job cannot name it, and learns nothing about it.</summary>
[Trait("Tier", "Fast")]
public sealed class UploadOwnershipTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private readonly HttpClient _alice = fixture.Client(AuthServerFixture.AliceKey);
    private readonly HttpClient _bob = fixture.Client(AuthServerFixture.BobKey);

    [Fact]
    public async Task Upload_WithoutKey_Is401_AndNothingIsStored()
    {
        using var anonymous = fixture.Client(null);

        using var response = await anonymous.UploadAsync(UploadClient.PdfLike(100), "a.pdf");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(Directory.Exists(Path.Combine(fixture.Factory.DataDirectory, "uploads"))
            && Directory.EnumerateFiles(Path.Combine(fixture.Factory.DataDirectory, "uploads"), "*", SearchOption.AllDirectories).Any(f => f.EndsWith("a.pdf", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("filename")]
    [InlineData("uploaded_file")]
    public async Task OtherKeysJob_NamingTheUpload_Is400LikeAMissingFile_AndNoJobIsStored(string field)
    {
        var path = await UploadPdfAsync(_alice);
        var before = (await _bob.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();

        using var bobs = await _bob.PostJsonAsync("/api/jobs", $$"""{"type":"pdf","inputs":{"{{field}}":"{{path}}"} }""");

        var problem = await bobs.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("does not exist", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("alice", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, (await _bob.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("filename")]
    [InlineData("uploaded_file")]
    public async Task OwnersJob_NamingTheUpload_IsAccepted(string field)
    {
        var path = await UploadPdfAsync(_alice);

        using var alices = await _alice.PostJsonAsync("/api/jobs", $$"""{"type":"pdf","inputs":{"{{field}}":"{{path}}"} }""");

        Assert.Equal(HttpStatusCode.Accepted, alices.StatusCode);
    }

    [Fact]
    public async Task PathOutsideTheUploadsButInsideTheDataFolder_IsRefused()
    {
        var database = Path.Combine(fixture.Factory.DataDirectory, "mediajobs.db");

        using var response = await _alice.PostJsonAsync("/api/jobs", $$"""{"type":"pdf","inputs":{"filename":"{{database}}"} }""");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<string> UploadPdfAsync(HttpClient client)
    {
        using var response = await client.UploadAsync(await File.ReadAllBytesAsync(UploadClient.FixturePdf), "text.pdf");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["path"]!.GetValue<string>();
    }
}
