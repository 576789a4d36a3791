using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

// A job that needs tools (OCR needs tesseract) is claimed only by a node that has them all.
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ClaimAsync_WithTools_SkipsJobsNeedingAToolTheNodeLacks_AndANodeWithItClaimsThem()
    {
        var store = await NewStoreAsync();
        var ocr = WithTools(NewJob(), "tesseract", "pdftoppm");
        var plain = NewJob();
        await EnqueueAsync(store, ocr, plain);

        var withoutTesseract = await ClaimWithToolsAsync(store, ["pdftoppm", "ffmpeg"], max: 5);
        var withBoth = await ClaimWithToolsAsync(store, ["tesseract", "pdftoppm"], max: 5);

        Assert.Equal([plain.Id], withoutTesseract.Select(j => j.Id));
        var claimed = Assert.Single(withBoth);
        Assert.Equal(ocr.Id, claimed.Id);
        Assert.Equal(["tesseract", "pdftoppm"], claimed.RequiredTools);
        Assert.Empty(withoutTesseract[0].RequiredTools);
    }

    [Fact]
    public async Task ClaimAsync_WithoutToolsGiven_ClaimsJobsWhateverTheyNeed()
    {
        var store = await NewStoreAsync();
        var ocr = WithTools(NewJob(), "tesseract");
        await EnqueueAsync(store, ocr);

        var claimed = await ClaimAsync(store);

        Assert.Equal([ocr.Id], claimed.Select(j => j.Id));
        Assert.Equal(["tesseract"], (await store.GetAsync(ocr.Id, Ct))!.RequiredTools);
    }

    private static Job WithTools(Job job, params string[] tools) => new()
    {
        Id = job.Id,
        Type = job.Type,
        CreatedUtc = job.CreatedUtc,
        CorrelationId = job.CorrelationId,
        RequiredTools = tools,
    };

    private static async Task<IReadOnlyList<Job>> ClaimWithToolsAsync(IJobStore store, string[] tools, int max) =>
        await store.ClaimAsync(new ClaimRequest("w1", "video", max, T0, T0.AddMinutes(1)) { Tools = tools }, Ct).WaitAsync(Timeout);
}
