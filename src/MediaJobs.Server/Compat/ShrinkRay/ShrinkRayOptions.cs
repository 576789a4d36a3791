namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Shrinkray's own setting (configuration <c>MediaJobs:Compat:ShrinkRay</c>, beside the surface's
/// <see cref="CompatSurfaceOptions"/>), changeable at run time through its <c>PUT /api/config</c>.
/// </summary>
public sealed class ShrinkRayOptions
{
    public const string SectionName = "MediaJobs:Compat:ShrinkRay";

    /// <summary>Shrinkray's <c>original_handling: keep</c>: a job created here keeps the original beside the new file.</summary>
    public bool KeepOriginals { get; set; }
}
