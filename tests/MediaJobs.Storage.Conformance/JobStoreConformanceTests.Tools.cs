using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Conformance;

// A job that needs a tool (OCR needs tesseract) the claiming node leaves to others is not claimed by it.
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ClaimAsync_WithExcludedTools_SkipsJobsNeedingOne_AndANodeExcludingNoneClaimsThem()
    {
        var store = await NewStoreAsync();
        var ocr = WithTools(NewJob(), "tesseract", "pdftoppm");
        var plain = NewJob();
        await EnqueueAsync(store, ocr, plain);

        var withoutTesseract = await ClaimExcludingAsync(store, ["tesseract", "hevc_nvenc"], max: 5);
        var withBoth = await ClaimExcludingAsync(store, ["hevc_nvenc"], max: 5);

        Assert.Equal([plain.Id], withoutTesseract.Select(j => j.Id));
        var claimed = Assert.Single(withBoth);
        Assert.Equal(ocr.Id, claimed.Id);
        Assert.Equal(["tesseract", "pdftoppm"], claimed.RequiredTools);
        Assert.Empty(withoutTesseract[0].RequiredTools);
    }

    [Fact]
    public async Task ClaimAsync_NothingExcluded_ClaimsJobsWhateverTheyNeed()
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

    private static async Task<IReadOnlyList<Job>> ClaimExcludingAsync(IJobStore store, string[] excluded, int max) =>
        await store.ClaimAsync(new ClaimRequest("w1", "video", max, T0, T0.AddMinutes(1)) { ExcludedTools = excluded }, Ct).WaitAsync(Timeout);
}
