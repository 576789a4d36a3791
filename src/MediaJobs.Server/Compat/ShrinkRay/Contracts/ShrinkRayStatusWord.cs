namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of cancel (<c>{"status": "cancelled"}</c>) and session reset (<c>{"status": "session reset"}</c>).</summary>
/// <param name="Status">What happened.</param>
internal sealed record ShrinkRayStatusWord(string Status);
