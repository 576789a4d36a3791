using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Server.Compat;

/// <summary>The jobs MoneyPrinter and Text-to-Video can see: only videos (their ids never find another type's job).</summary>
internal static class VideoJobs
{
    public static bool IsVideo(Job job) => job.Type == VideoPipeline.TypeName;
}
