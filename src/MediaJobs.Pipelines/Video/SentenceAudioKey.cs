using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The key under which one sentence's audio is kept for reuse (pure): SHA-256 over the voice's
/// <see cref="ISpeechSynthesizer.Identity"/> and every field of the <see cref="SpeechRequest"/>. A field a voice ignores
/// (e.g. pitch for OpenAI) only costs a reuse; leaving out one it uses would serve stale audio.
/// </summary>
internal static class SentenceAudioKey
{
    public static string Of(string voiceIdentity, SpeechRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inv = CultureInfo.InvariantCulture;
        // A JSON array keeps the parts apart whatever characters they hold.
        var parts = new JsonArray(
            voiceIdentity, request.Text, request.Language, request.VoiceName,
            request.Speed.ToString("R", inv), request.Pitch.ToString("R", inv), request.Pause.ToString("R", inv));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts.ToJsonString())))[..32];
    }
}
