using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;
using MediaJobs.Testing;
using Xunit.Abstractions;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>
/// A cloud voice that is busy (HTTP 429) on one sentence, on a real engine against the local fake TTS server: the sentence
/// is retried by itself, and a failed narration resumes with the sentences it already paid for. Requests are counted per
/// sentence on the fake server.
/// </summary>
[Trait("Tier", "Media")]
public sealed class NarrationResumeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Sentences =
        ["Alpha speaks first.", "Bravo comes second.", "Charlie is third.", "Delta is fourth.", "Echo closes the video."];

    private readonly HttpClient _http = new();
    private readonly List<EngineHarness> _harnesses = [];
    private FakeHttpServer _server = null!;
    private byte[] _shortWav = [];
    private byte[] _longWav = [];

    public async Task InitializeAsync()
    {
        _server = await FakeHttpServer.StartAsync();
        _shortWav = await ProviderMedia.WavAsync(0.3);
        _longWav = await ProviderMedia.WavAsync(0.5);
    }

    public async Task DisposeAsync()
    {
        foreach (var h in _harnesses)
        {
            await h.DisposeAsync();
            h.DeleteFiles();
        }
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("openai", "0")]
    [InlineData("azure", "Wed, 21 Oct 2015 07:28:00 GMT")]
    public async Task CloudVoice_429OnceOnSentence2_RetriesOnlyThatSentenceInTheStepAndSucceeds(string provider, string retryAfter)
    {
        var busy = 1;
        _server.Handler = r => SentenceOf(r) == 1 && Interlocked.Decrement(ref busy) >= 0
            ? FakeResponse.Error(429, "{\"error\":\"slow down\"}", new Dictionary<string, string> { ["Retry-After"] = retryAfter })
            : FakeResponse.Bytes(_shortWav, "audio/wav");
        var h = await StartAsync(Options("alloy"));

        var job = await SubmitAsync(h, provider);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        output.WriteLine($"requests per sentence: [{string.Join(", ", RequestsPerSentence())}]");
        Assert.Equal([1, 2, 1, 1, 1], RequestsPerSentence());
        Assert.Equal(1, done.Attempt);
        var events = await h.EventsAsync(job.Id);
        Assert.Single(events, e => e.Type == JobEventTypes.Log && e.Message.StartsWith("Narration: sentence 2 of 5 failed", StringComparison.Ordinal)
            && e.Message.Contains("HTTP 429", StringComparison.Ordinal) && e.Message.Contains("retry 1 of 3 in 0.0 s", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == JobEventTypes.StepError);
        var timings = await ReadAsync<NarrationTimings>(h, done, VideoArtifacts.Timings);
        Assert.All(timings.Sentences, s => Assert.Equal(0.3, s.EndSec - s.StartSec, 0.01));
        Assert.False(Directory.Exists(KeptFolder(h, job)), "kept sentences left behind after the narration was published");
    }

    [Fact]
    public async Task CloudVoice_Sentence2BusyAfterItsRetries_FailsThenTheRetryRequestsNoSentenceAgainButThat()
    {
        var busy = true;
        _server.Handler = r => SentenceOf(r) == 1 && Volatile.Read(ref busy)
            ? FakeResponse.Error(429, "{\"error\":\"slow down\"}", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : FakeResponse.Bytes(_shortWav, "audio/wav");
        var h = await StartAsync(Options("alloy"));

        var job = await SubmitAsync(h, "openai");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed, Timeout);
        var firstRun = RequestsPerSentence();
        var keptAfterFailure = Directory.GetFiles(KeptFolder(h, job), "*.wav").Length;
        Volatile.Write(ref busy, false);
        await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        output.WriteLine($"first attempt: [{string.Join(", ", firstRun)}], kept {keptAfterFailure}; in all: [{string.Join(", ", RequestsPerSentence())}]");
        var error = Assert.Single(failed.Errors);
        Assert.Equal("ProviderBusy:OpenAI-TTS", error.Code);
        Assert.Contains("sentence 2 of 5, after 3 retries", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + SpeechRetryPolicy.Default.MaxRetries, firstRun[1]);
        // Sentence 1 starts before sentence 2, and a sentence in flight is finished and kept, whatever the core count.
        Assert.Equal(1, firstRun[0]);
        var spokenBefore = firstRun.Count(n => n == 1);
        Assert.Equal(spokenBefore, keptAfterFailure);
        Assert.Equal([1, 1 + SpeechRetryPolicy.Default.MaxRetries + 1, 1, 1, 1], RequestsPerSentence());
        var events = await h.EventsAsync(job.Id);
        Assert.Single(events, e => e.Message == $"Narration: reused {spokenBefore} of 5 sentences from an earlier attempt");
        var timings = await ReadAsync<NarrationTimings>(h, done, VideoArtifacts.Timings);
        Assert.All(timings.Sentences, s => Assert.Equal(0.3, s.EndSec - s.StartSec, 0.01));
        Assert.False(Directory.Exists(KeptFolder(h, job)), "kept sentences left behind after the narration was published");
    }

    [Fact]
    public async Task CloudVoice_VoiceChangedBeforeTheRetry_ReusesNoSentence()
    {
        var busy = true;
        // Each voice has its own length, so stale audio would show in the timings.
        _server.Handler = r => SentenceOf(r) == 1 && Volatile.Read(ref busy)
            ? FakeResponse.Error(429, "{\"error\":\"slow down\"}", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : FakeResponse.Bytes(VoiceOf(r) == "nova" ? _longWav : _shortWav, "audio/wav");
        var before = await StartAsync(Options("alloy"));
        var job = await SubmitAsync(before, "openai");
        await before.WaitForStatusAsync(job.Id, JobStatus.Failed, Timeout);
        var keptAfterFailure = Directory.GetFiles(KeptFolder(before, job), "*.wav").Length;
        var requestsBefore = _server.Requests.Count;

        // A restart with another configured voice, on the same data folder (which the new harness deletes at the end).
        _harnesses.Remove(before);
        await before.DisposeAsync();
        var after = await StartAsync(Options("nova"), before.Root);
        Volatile.Write(ref busy, false);
        await after.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await after.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        var retried = _server.Requests.Skip(requestsBefore).ToList();
        output.WriteLine($"kept after the first attempt: {keptAfterFailure}; requests after the voice change: {retried.Count}");
        Assert.True(keptAfterFailure >= 1, "the first attempt kept no sentence, so the test proves nothing");
        Assert.Equal(Sentences.Length, retried.Count);
        Assert.All(retried, r => Assert.Equal("nova", VoiceOf(r)));
        Assert.Equal(Enumerable.Range(0, Sentences.Length), retried.Select(SentenceOf).Order());
        Assert.DoesNotContain(await after.EventsAsync(job.Id), e => e.Message.StartsWith("Narration: reused", StringComparison.Ordinal));
        var timings = await ReadAsync<NarrationTimings>(after, done, VideoArtifacts.Timings);
        Assert.All(timings.Sentences, s => Assert.Equal(0.5, s.EndSec - s.StartSec, 0.01));
    }

    private VideoProvidersOptions Options(string openAiVoice) => new()
    {
        Tts = new TtsProviderOptions { BaseUrl = _server.Url("v1"), ApiKey = "sk-tts", Voice = openAiVoice },
        Azure = new AzureSpeechOptions { Key = "az", Region = "test", Endpoint = _server.Url("azure/tts") },
    };

    private async Task<EngineHarness> StartAsync(VideoProvidersOptions options, string? root = null)
    {
        var providers = VideoProviders.Create(options, _http, Tools, Runner, Ffmpeg, AssetsDirectory);
        var pipeline = new VideoPipeline(Tools, Ffmpeg, Ffprobe, Runner, AssetsDirectory, providers.Writer, providers.Speech, providers.Broll);
        // One attempt: a failure stays Failed, and the retry is the explicit one.
        var h = root is null
            ? await EngineHarness.CreateAsync(o => o.MaxAttempts = 1, pipeline)
            : await EngineHarness.CreateAtAsync(root, o => o.MaxAttempts = 1, pipeline);
        _harnesses.Add(h);
        await h.StartAsync();
        return h;
    }

    private static Task<Job> SubmitAsync(EngineHarness h, string provider)
    {
        var input = new JsonObject
        {
            ["text"] = string.Join(' ', Sentences),
            ["voiceProvider"] = provider,
            ["resolution"] = "160x90",
            ["fps"] = 10,
            ["music"] = false,
        };
        if (provider == "azure")
        {
            input["voice"] = "en-US-JennyNeural";
        }
        return h.SubmitAsync(new JobSubmission
        {
            Type = VideoPipeline.TypeName,
            Preset = VideoPipeline.DefaultPreset,
            Input = input,
            Options = new JsonObject { ["quality"] = "fast" },
        });
    }

    /// <summary>Which sentence a TTS request speaks (OpenAI's JSON <c>input</c> or Azure's SSML), or -1.</summary>
    private static int SentenceOf(RecordedRequest request) =>
        Array.FindIndex(Sentences, s => request.BodyText.Contains(s, StringComparison.Ordinal));

    private static string? VoiceOf(RecordedRequest request) => (string?)JsonNode.Parse(request.BodyText)?["voice"];

    private int[] RequestsPerSentence() => [.. Enumerable.Range(0, Sentences.Length).Select(i => _server.Requests.Count(r => SentenceOf(r) == i))];

    private static string KeptFolder(EngineHarness h, Job job) => Path.Combine(h.Layout.OutputDirectory(job.Id), SentenceAudioCache.FolderName);

    private static async Task<T> ReadAsync<T>(EngineHarness h, Job job, string name) =>
        JsonSerializer.Deserialize<T>(
            await File.ReadAllTextAsync(h.Layout.Resolve(job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).First(a => a.Name == name).Path)),
            VideoArtifacts.Json)!;
}
