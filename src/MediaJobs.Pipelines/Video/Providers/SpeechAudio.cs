using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>Writes a provider's audio answer to disk through a temp file, and checks it looks like a WAV.</summary>
internal static class SpeechAudio
{
    public static async Task WriteWavAsync(HttpResponseMessage response, string outputPath, string provider, CancellationToken ct)
    {
        var temp = outputPath + ".part";
        try
        {
            await using (var file = File.Create(temp))
            {
                await response.Content.CopyToAsync(file, ct);
            }
            var header = new byte[12];
            await using (var check = File.OpenRead(temp))
            {
                await check.ReadExactlyAsync(header, ct);
            }
            if (new FileInfo(temp).Length <= 44 || header[0] != 'R' || header[1] != 'I' || header[2] != 'F' || header[3] != 'F')
            {
                throw new MediaJobsException(new JobError($"SpeechFailed:{provider}", $"{provider} answered with something that is not WAV audio.",
                    "Check the provider's voice and model settings; it must return RIFF/WAV audio."));
            }
            File.Move(temp, outputPath, overwrite: true);
        }
        catch (EndOfStreamException ex)
        {
            throw new MediaJobsException(new JobError($"SpeechFailed:{provider}", $"{provider} answered with too little audio.", "Check the provider's voice and model settings."), ex);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
