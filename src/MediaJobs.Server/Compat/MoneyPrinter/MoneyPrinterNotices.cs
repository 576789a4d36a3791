using System.Globalization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>The job warnings of a generate request for what MediaJobs accepts but does differently from the real backend.</summary>
internal static class MoneyPrinterNotices
{
    public static JobError YoutubeUpload { get; } = new("YoutubeUploadSkipped",
        "automateYoutubeUpload: MediaJobs does not upload to YouTube; the video is made and kept, not uploaded.",
        "Download the video (resultPath, or GET /api/jobs/{id}/output) and upload it yourself.");

    public static JobError ZipUrl { get; } = new("ZipUrlNotDownloaded",
        "zipUrl: the songs archive is not downloaded; the music bed is an uploaded song or MediaJobs' generated bed.",
        "Upload your songs with POST /api/upload-songs and set useMusic.");

    public static JobError CustomPrompt { get; } = new("CustomPromptIgnored",
        "customPrompt: the script is written from the video subject; a custom prompt is not used.",
        "Put what the video should say in the subject, or submit the narration text with the native API (inputs.text).");

    public static JobError ThreadsCapped(int asked) => new("ThreadsCapped",
        string.Create(CultureInfo.InvariantCulture, $"threads: {asked} asked; the encoder runs with at most 100."),
        "Send 100 or fewer.");

    public static JobError ModelNotAvailable(string asked, string used) => new("AiModelNotAvailable",
        $"aiModel: '{asked}' does not write this server's scripts; its configured writer '{used}' (first in GET /api/models) writes it.",
        "Pick the first model GET /api/models lists, or configure the writer you want (MediaJobs:Providers:Llm).");

    public static JobError ParagraphsCapped(int asked, int kept) => new("ParagraphsCapped",
        string.Create(CultureInfo.InvariantCulture, $"paragraphNumber: {asked} paragraphs would run {asked * MoneyPrinterSubmission.SecondsPerParagraph} s; the video is sized for {kept} ({kept * MoneyPrinterSubmission.SecondsPerParagraph} s, the longest video MediaJobs makes)."),
        "Send fewer paragraphs.");
}
