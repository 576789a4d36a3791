using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Engine;

/// <summary>The engine's <see cref="StepContext"/>: every report becomes a commit through the job's writer.</summary>
internal sealed class RunnerStepContext : StepContext, IAsyncDisposable
{
    private readonly JobWriter _writer;
    private readonly DataLayout _layout;
    private readonly ProgressPump _progress;
    private readonly TimeSpan _lease;
    private int _toolCalls;

    /// <param name="stopping">The run's stop token: once it fires, progress reports are dropped (a cancelled step never reports 100).</param>
    /// <param name="lease">How long the job's lease lasts: fence checks renew it for that long.</param>
    public RunnerStepContext(JobWriter writer, StepRecord step, DataLayout layout, TimeProvider time, TimeSpan progressInterval, TimeSpan lease, CancellationToken stopping)
    {
        _lease = lease;
        _writer = writer;
        _layout = layout;
        Step = step;
        Time = time;
        _progress = new ProgressPump(writer, step, time, progressInterval, stopping);
    }

    /// <summary>The run's typed request, shared by all its steps (read on first use).</summary>
    public Lazy<object?> SharedRequest { get; init; } = new(() => null);

    public override Job Job => _writer.Job;
    public override StepRecord Step { get; }
    /// <summary>Created on first use: steps that never touch disk cost no file-system calls.</summary>
    public override string WorkDirectory => Directory.CreateDirectory(_layout.WorkDirectory(Job.Id)).FullName;
    public override string OutputDirectory => _layout.OutputDirectory(Job.Id);
    public override string LogDirectory => _layout.LogDirectory(Job.Id);
    public override TimeProvider Time { get; }

    public override void ReportProgress(double percent) => _progress.Report(percent);

    public override void ReportProgress(double percent, JsonObject details) => _progress.Report(percent, details);

    public override Task FlushProgressAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return _progress.FlushAsync();
    }

    public override void SetCounter(string name, long amount) => _writer.Mutate(job => job.Counters[name] = amount);

    public override Task LogAsync(EventLevel level, string message, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return _writer.CommitAsync((job, now) => [JobTransitions.Log(job, level, message, now)]);
    }

    public override Task WarnAsync(JobError warning, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return _writer.CommitAsync((job, now) => [JobTransitions.Warning(job, warning, now)]);
    }

    public override async Task<JobArtifact> PublishArtifactAsync(string finishedFile, string name, string mediaType, ArtifactUse use, CancellationToken ct)
    {
        if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
        {
            throw new ArgumentException($"Artifact name '{name}' must be a plain file name.", nameof(name));
        }
        ct.ThrowIfCancellationRequested();
        await ConfirmOwnershipAsync(ct);
        Directory.CreateDirectory(OutputDirectory);
        var destination = Path.Combine(OutputDirectory, name);
        // Work and output share the job folder, so this rename is atomic: readers see the old file or the new one.
        File.Move(finishedFile, destination, overwrite: true);
        var artifact = new JobArtifact(name, _layout.ToRelative(destination), new FileInfo(destination).Length, mediaType, Step.Name);
        await _writer.CommitAsync((job, now) =>
        {
            Step.Artifacts = [.. Step.Artifacts.Where(a => a.Name != name), artifact];
            var others = job.Output.Where(a => a.Name != name);
            job.Output = use switch
            {
                ArtifactUse.PrimaryOutput => [artifact, .. others],
                ArtifactUse.Output => [.. others, artifact],
                _ => [.. others],
            };
            return [JobTransitions.Log(job, EventLevel.Info, $"Published {name} ({artifact.SizeBytes} bytes)", now)];
        });
        return artifact;
    }

    public override Task ConfirmOwnershipAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return _writer.FenceAsync(_lease);
    }

    protected override object? RunRequest() => SharedRequest.Value;

    public override string ResolveArtifactPath(JobArtifact artifact) => _layout.Resolve(artifact.Path);

    public override void SetResult(string key, JsonNode? value) => _writer.Mutate(job => job.Results[key] = value);

    public override string NewToolLogPath(string tool)
    {
        Directory.CreateDirectory(LogDirectory);
        var n = Interlocked.Increment(ref _toolCalls);
        return Path.Combine(LogDirectory, $"{Step.Name}-a{Job.Attempt}-{n:D2}-{tool}.log");
    }

    /// <summary>Stops the progress pump and writes the last reported progress, if still pending.</summary>
    public ValueTask DisposeAsync() => _progress.DisposeAsync();
}
