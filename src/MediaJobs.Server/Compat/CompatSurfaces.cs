using MediaJobs.Server.Compat.MoneyPrinter;
using MediaJobs.Server.Compat.Secretary;
using MediaJobs.Server.Compat.ShrinkRay;
using MediaJobs.Server.Compat.TextToVideo;

namespace MediaJobs.Server.Compat;

/// <summary>The compatible surfaces this server offers. Add each new one here.</summary>
public static class CompatSurfaces
{
    public static IReadOnlyList<CompatSurface> All { get; } =
    [
        new("MoneyPrinter", "/compat/moneyprinter", MoneyPrinterEndpoints.Map, MoneyPrinterErrors.Shape.Error),
        new("Secretary", "/compat/secretary", SecretaryEndpoints.Map, SecretaryErrors.Shape.Error),
        new("ShrinkRay", "/compat/shrinkray", ShrinkRayEndpoints.Map, ShrinkRayErrors.Shape.Error),
        new("TextToVideo", "", TextToVideoEndpoints.Map, TextToVideoErrors.Shape.Error),
    ];
}
