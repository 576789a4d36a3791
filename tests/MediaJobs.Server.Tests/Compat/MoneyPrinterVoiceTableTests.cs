using System.Diagnostics;
using MediaJobs.Server.Compat.MoneyPrinter.Voices;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Each MoneyPrinter voice's espeak-ng voice exists on this machine and speaks (espeak-ng exits 1 for an unknown voice).</summary>
[Trait("Tier", "Media")]
public sealed class MoneyPrinterVoiceTableTests
{
    public static TheoryData<string> EspeakVoices => [.. MoneyPrinterVoiceTable.All.Select(v => v.Espeak).Distinct()];

    [Theory]
    [MemberData(nameof(EspeakVoices))]
    public async Task EspeakVoice_OfEveryPageVoice_Speaks(string voice)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"mp-voice-{Guid.NewGuid():N}.wav");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("espeak-ng", ["-v", voice, "-w", wav, "one two three"]) { RedirectStandardError = true })!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(process.ExitCode == 0, $"espeak-ng -v {voice}: {stderr}");
            Assert.True(new FileInfo(wav).Length > 10_000, $"espeak-ng -v {voice} wrote {new FileInfo(wav).Length} bytes");
        }
        finally
        {
            File.Delete(wav);
        }
    }

    [Fact]
    public void Table_HoldsEveryVoiceOfThePage_OnceEach()
    {
        Assert.Equal(41, MoneyPrinterVoiceTable.All.Count);
        Assert.Equal(MoneyPrinterVoiceTable.All.Count, MoneyPrinterVoiceTable.All.Select(v => v.Id).Distinct().Count());
    }
}
