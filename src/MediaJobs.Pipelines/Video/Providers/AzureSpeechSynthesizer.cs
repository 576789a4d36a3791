using System.Text;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Azure Speech over REST: <c>POST https://{region}.tts.speech.microsoft.com/cognitiveservices/v1</c> with SSML
/// (<see cref="AzureSsml"/>), <c>Ocp-Apim-Subscription-Key</c> and <c>X-Microsoft-OutputFormat: riff-24khz-16bit-mono-pcm</c>,
/// one call per sentence. A request without an Azure voice name uses <see cref="DefaultVoice"/>.
/// </summary>
internal sealed class AzureSpeechSynthesizer(HttpClient http, AzureSpeechOptions options, TimeProvider? time = null) : ISpeechSynthesizer
{
    public const string Provider = "AzureSpeech";
    public const string OutputFormat = "riff-24khz-16bit-mono-pcm";
    public const string DefaultVoice = "en-US-JennyNeural";

    public string Name => "azure";

    public string Identity => $"azure|{options.SynthesisUri}|{OutputFormat}|{DefaultVoice}";

    public string? VoiceWarning(string language, string? voiceName) =>
        voiceName is null || AzureSsml.IsAzureVoice(voiceName) ? null : $"'{voiceName}' is not an Azure neural voice; {DefaultVoice} speaks instead.";

    public async Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ssml = AzureSsml.Build(request, AzureSsml.IsAzureVoice(request.VoiceName) ? request.VoiceName! : DefaultVoice);
        using var message = new HttpRequestMessage(HttpMethod.Post, options.SynthesisUri)
        {
            Content = new StringContent(ssml, Encoding.UTF8, "application/ssml+xml"),
        };
        message.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
        message.Headers.Add("X-Microsoft-OutputFormat", OutputFormat);
        message.Headers.UserAgent.ParseAdd("MediaJobs");
        if (logPath is not null)
        {
            await File.WriteAllTextAsync(logPath, $"POST {message.RequestUri}\n{ssml}\n", ct);
        }
        using var response = await ProviderHttp.SendAsync(http, message, Provider, $"MediaJobs:Providers:Azure:Key or {EnvironmentKeys.AzureKey}", time ?? TimeProvider.System, ct);
        await SpeechAudio.WriteWavAsync(response, outputPath, Provider, ct);
    }
}
