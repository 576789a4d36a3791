using MediaJobs.Server.Compat.ShrinkRay;
using MediaJobs.Server.Downloads;
using MediaJobs.Server.Errors;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat;

/// <summary>Options, extra listeners, the own-port rewrite and the routes of every enabled surface.</summary>
public static class CompatHostingExtensions
{
    public static IServiceCollection AddCompatSurfaces(this IServiceCollection services)
    {
        foreach (var surface in CompatSurfaces.All)
        {
            var section = $"MediaJobs:Compat:{surface.Name}";
            services.AddOptions<CompatSurfaceOptions>(surface.Name)
                .Configure(o => o.BasePath = surface.DefaultBasePath)
                .BindConfiguration(section)
                .ValidateOnStart();
            services.AddSingleton<IValidateOptions<CompatSurfaceOptions>>(new Core.Hosting.SectionValidator<CompatSurfaceOptions>(section, surface.Name));
        }
        services.AddShrinkRaySettings();
        services.AddSingleton<MoneyPrinter.MoneyPrinterSongs>();
        services.AddSingleton<Webhooks.ISurfaceWebhookPayloads, Secretary.SecretaryWebhookPayloads>();
        // Secretary fetches a PDF by URL through it.
        services.AddGuardedDownloads();
        return services;
    }

    /// <summary>The extra URLs the compat surfaces ask to listen on.</summary>
    public static IEnumerable<string> CompatUrls(IConfiguration configuration) =>
        CompatSurfaces.All
            .Select(s => configuration.GetSection($"MediaJobs:Compat:{s.Name}"))
            .Where(section => !string.Equals(section["Enabled"], "false", StringComparison.OrdinalIgnoreCase))
            .Select(section => section["Url"])
            .OfType<string>()
            .Where(url => url.Length > 0);

    /// <summary>
    /// A request that arrives on a surface's own port is moved under that surface's private prefix,
    /// so only the surface answers there (at its documented paths). The private prefixes are not
    /// reachable from any other port. Must run before routing.
    /// </summary>
    public static IApplicationBuilder UseCompatPorts(this IApplicationBuilder app)
    {
        var monitor = app.ApplicationServices.GetRequiredService<IOptionsMonitor<CompatSurfaceOptions>>();
        var byPort = CompatSurfaces.All
            .Select(s => (Surface: s, Options: monitor.Get(s.Name)))
            .Where(p => p.Options.Enabled && Uri.TryCreate(p.Options.Url, UriKind.Absolute, out _))
            .ToDictionary(p => new Uri(p.Options.Url!).Port, p => p.Surface);
        return app.Use((context, next) =>
        {
            if (byPort.TryGetValue(context.Connection.LocalPort, out var surface))
            {
                ClientPath.Remember(context);
                context.Request.Path = new PathString(surface.PortPrefix).Add(context.Request.Path);
            }
            else if (context.Request.Path.StartsWithSegments("/_port", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(context);
        });
    }

    public static IEndpointRouteBuilder MapCompatSurfaces(this IEndpointRouteBuilder app)
    {
        var monitor = app.ServiceProvider.GetRequiredService<IOptionsMonitor<CompatSurfaceOptions>>();
        foreach (var surface in CompatSurfaces.All)
        {
            var options = monitor.Get(surface.Name);
            if (!options.Enabled)
            {
                continue;
            }
            var errors = new EndpointErrorShape(surface.Error);
            surface.Map(app.MapGroup(options.BasePath).WithTags($"Compat: {surface.Name}").WithMetadata(errors));
            if (options.Url is { Length: > 0 })
            {
                surface.Map(app.MapGroup(surface.PortPrefix).ExcludeFromDescription().WithMetadata(errors));
            }
        }
        return app;
    }
}
