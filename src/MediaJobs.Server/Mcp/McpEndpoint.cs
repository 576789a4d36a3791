using MediaJobs.Core.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MediaJobs.Server.Mcp;

/// <summary>
/// The MCP endpoint at <c>/mcp</c> (Streamable HTTP, stateless): AI agents submit and follow jobs through the
/// same service, validation and API keys as the HTTP API (the key middleware guards <c>/mcp</c> like <c>/api</c>).
/// </summary>
public static class McpEndpoint
{
    public const string Path = "/mcp";

    public static IServiceCollection AddMediaJobsMcp(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Before the document's own transformers, so the security requirements cover the path too.
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer<McpPathTransformer>());
        services.AddScoped<McpRequest>();
        services.TryAddSingleton<Hosting.PublicBaseUrl>();
        services.AddMcpServer(o =>
            {
                o.ServerInfo = new Implementation { Name = "mediajobs", Version = typeof(McpEndpoint).Assembly.GetName().Version?.ToString() ?? "1.0" };
                o.ServerInstructions = "MediaJobs runs durable media jobs. Submit with a submit_<type> tool, follow with wait_for_job "
                    + "(progress notifications), then read get_job_results: text inline, files as download URLs that need the same API key.";
            })
            // Tool calls run in the request's execution context (the default), so the caller's key is at hand.
            .WithHttpTransport(o => o.Stateless = true)
            .WithTools<JobTools>();
        // One submit tool per job type the server runs, known once the pipelines are.
        services.AddOptions<McpServerOptions>().Configure<PipelineRegistry, IServiceProvider>((o, pipelines, sp) =>
        {
            o.ToolCollection ??= [];
            foreach (var tool in SubmitTools.For(pipelines, sp))
            {
                o.ToolCollection.Add(tool);
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapMediaJobsMcp(this IEndpointRouteBuilder app)
    {
        app.MapMcp(Path);
        return app;
    }
}
