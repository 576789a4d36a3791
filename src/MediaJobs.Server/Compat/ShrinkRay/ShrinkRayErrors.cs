using MediaJobs.Core.Errors;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Seed 002's error body, <c>{"error": "…"}</c>, for every failure of this surface.</summary>
internal sealed class ShrinkRayErrors : CompatErrors<ShrinkRayError>
{
    public static ShrinkRayErrors Shape { get; } = new();

    public static JsonHttpResult<ShrinkRayError> NotFound() => Shape.Error(StatusCodes.Status404NotFound, "job not found");

    protected override ShrinkRayError Body(int status, string message) => new(message);

    /// <summary>Its fields are top-level (<c>paths[0]</c>, <c>smartshrink_quality</c>): the engine's relative names as they are.</summary>
    public override JsonHttpResult<ShrinkRayError> Invalid(JobValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return Error(StatusCodes.Status400BadRequest, invalid.Message);
    }
}
