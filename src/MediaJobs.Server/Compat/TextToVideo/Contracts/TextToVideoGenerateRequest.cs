namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Body of seed 004's <c>POST /api/v1/generate</c> (documentation; read by hand so errors keep the seed's shape).</summary>
/// <param name="Text">The text to narrate; missing or blank is a 400 "No text provided in request body".</param>
internal sealed record TextToVideoGenerateRequest(string Text);
