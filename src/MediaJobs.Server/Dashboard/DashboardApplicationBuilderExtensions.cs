using MediaJobs.Core.Hosting;
using MediaJobs.Server.Compat;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Dashboard;

/// <summary>
/// Serves the built dashboard at <c>/</c>: its files (hashed <c>/assets/*</c> cached for a year as immutable,
/// everything else revalidated), and <c>index.html</c> for browser navigations no route matched (the SPA's own
/// paths such as <c>/jobs/{id}</c>). Runs after routing, so an API route always wins, and before the API-key
/// check: the page is public, the data it loads is not.
/// </summary>
public static partial class DashboardApplicationBuilderExtensions
{
    public const string ImmutableCache = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddValidatedOptions<DashboardOptions>(DashboardOptions.SectionName);
        return services;
    }

    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        var options = services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        var root = DashboardFiles.Locate(options, environment.ContentRootPath);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardApplicationBuilderExtensions));
        if (root is null)
        {
            if (options.Enabled)
            {
                LogNotBuilt(logger);
            }
            return app;
        }
        LogServing(logger, root);
        var files = new PhysicalFileProvider(root);
        var monitor = services.GetRequiredService<IOptionsMonitor<CompatSurfaceOptions>>();
        var compatPaths = CompatSurfaces.All.Select(s => monitor.Get(s.Name)).Where(o => o.Enabled)
            .Select(o => o.BasePath.TrimEnd('/')).Where(p => p.Length > 0).ToList();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.CacheControl =
                    ctx.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? ImmutableCache : Revalidate;
                FrameHeaders.Apply(ctx.Context.Response);
            },
        });
        return app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && DashboardPaths.IsPageRequest(context.Request, compatPaths))
            {
                await SendIndexAsync(context, files);
                return;
            }
            await next(context);
        });
    }

    private static async Task SendIndexAsync(HttpContext context, IFileProvider files)
    {
        var index = files.GetFileInfo(DashboardFiles.IndexFile);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = Revalidate;
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        FrameHeaders.Apply(context.Response);
        context.Response.ContentLength = index.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }
        await context.Response.SendFileAsync(index, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard: serving {Root} at /")]
    private static partial void LogServing(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: not built (no web/dist/index.html); run scripts/setup or set MediaJobs:Dashboard:Path")]
    private static partial void LogNotBuilt(ILogger logger);
}
