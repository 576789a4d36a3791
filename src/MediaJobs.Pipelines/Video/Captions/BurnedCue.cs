using MediaJobs.Pipelines.Video.Words;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>A burned caption: a few words shown together from <see cref="StartSec"/> to <see cref="EndSec"/>.</summary>
internal sealed record BurnedCue(double StartSec, double EndSec, IReadOnlyList<WordTiming> Words);
