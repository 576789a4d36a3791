using System.Runtime.InteropServices;
using MediaJobs.FakeTool;

// Behaves like ffmpeg as far as MediaJobs's runner cares: ffmpeg-style stderr, -progress blocks on stdout at a
// given rate, 'q' on stdin finishes the output and exits 0, SIGINT/SIGTERM exit 255, a given exit code, a stall.
var settings = FakeSettings.Parse(args);
if (settings.PrintFile is { } print)
{
    Console.Out.Write(File.ReadAllText(print));
    return 0;
}
if (args.Contains("-filters"))
{
    Console.Out.Write(FakeQuality.FilterListing(settings.HasVmaf));
    return 0;
}
using var stop = new ManualResetEventSlim();
var quit = 0;
var signal = 0;

void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    if (!settings.IgnoreStop)
    {
        Interlocked.CompareExchange(ref signal, context.Signal == PosixSignal.SIGINT ? 2 : 15, 0);
        stop.Set();
    }
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
void WatchStdinForQuit()
{
    int c;
    while ((c = Console.In.Read()) >= 0)
    {
        if (c == 'q' && !settings.IgnoreStop)
        {
            Interlocked.Exchange(ref quit, 1);
            stop.Set();
            return;
        }
    }
}

var stdin = new Thread(WatchStdinForQuit) { IsBackground = true };
stdin.Start();

Console.Error.WriteLine("Input #0, lavfi, from 'fake':");
Console.Error.WriteLine(FormattableString.Invariant($"  Duration: {TimeSpan.FromSeconds(settings.Duration):hh\\:mm\\:ss\\.ff}, start: 0.000000, bitrate: N/A"));
Console.Error.WriteLine($"Output #0, fake, to '{settings.OutputPath ?? "-"}':");
Console.Error.WriteLine("Press [q] to stop, [?] for help");

var media = 0.0;
var perBlock = settings.Speed * settings.BlockInterval.TotalSeconds;
while (media < settings.Duration && !stop.Wait(settings.BlockInterval))
{
    if (settings.StallAt is { } stallAt && media >= stallAt)
    {
        continue;
    }
    media = Math.Min(settings.Duration, settings.StallAt is { } cap ? Math.Min(cap, media + perBlock) : media + perBlock);
    Console.Out.WriteLine(ProgressBlock.For(media, settings.Speed, end: false));
}

if (Volatile.Read(ref signal) is var received and > 0)
{
    Console.Error.WriteLine($"Exiting normally, received signal {received}.");
    return 255;
}
if (Volatile.Read(ref quit) == 1)
{
    Console.Error.WriteLine("[q] command received. Exiting.");
}
var exitCode = settings.ExitCode;
if (settings.FailOnceMarker is { } marker)
{
    // A flaky tool: the first run fails (with --fake-exit, else 1), every later one succeeds.
    var first = !File.Exists(marker);
    File.WriteAllText(marker, "failed once");
    exitCode = !first ? 0 : exitCode == 0 ? 1 : exitCode;
}
if (exitCode != 0)
{
    Console.Error.WriteLine($"fake-ffmpeg: simulated failure after {media:0.###} s (exit {exitCode})");
    return exitCode;
}
if (settings.OutputPath is { } output && settings.OutputBytes is { } bytes)
{
    using var file = File.Create(output);
    file.SetLength(bytes);
}
Console.Out.WriteLine(ProgressBlock.For(media, settings.Speed, end: true));
if (FakeQuality.SummaryLine(args, settings.Score) is { } summary)
{
    Console.Error.WriteLine(summary);
}
return 0;
