using MediaJobs.Server.Compat;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MediaJobs.Server.OpenApi;

/// <summary>Title and description, naming only the compat surfaces this server has enabled, where they answer.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var options = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CompatSurfaceOptions>>();
        var surfaces = CompatSurfaces.All
            .Select(s => (s.Name, Options: options.Get(s.Name)))
            .Where(s => s.Options.Enabled)
            .Select(s => s.Options.BasePath.Length > 0 ? $"{s.Name} (under {s.Options.BasePath})" : $"{s.Name} (at its documented paths)")
            .ToList();
        document.Info.Title = "MediaJobs API";
        document.Info.Description = "Durable media jobs: submit, follow (SSE), cancel, retry, download."
            + (surfaces.Count == 0 ? "" : $" Also the compatible APIs of {string.Join(", ", surfaces)}, each with its own bodies and error shape.");
        return Task.CompletedTask;
    }
}
