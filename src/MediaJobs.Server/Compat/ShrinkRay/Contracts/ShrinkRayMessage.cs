namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>POST /api/jobs</c> (202).</summary>
/// <param name="Status">Always "processing".</param>
/// <param name="Message">"Processing N paths in background...".</param>
internal sealed record ShrinkRayMessage(string Status, string Message);
