using MediaJobs.Server.Compat.TextToVideo.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.TextToVideo;

/// <summary>Seed 004's error body, <c>{"error": "…"}</c>, for every failure of this surface (engine validation keeps its message).</summary>
internal sealed class TextToVideoErrors : CompatErrors<TextToVideoError>
{
    public static TextToVideoErrors Shape { get; } = new();

    public static JsonHttpResult<TextToVideoError> NotFound() => Shape.Error(StatusCodes.Status404NotFound, "Job not found");

    protected override TextToVideoError Body(int status, string message) => new(message);
}
