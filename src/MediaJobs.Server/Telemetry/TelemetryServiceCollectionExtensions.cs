using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MediaJobs.Server.Telemetry;

/// <summary>Metrics (Prometheus at <c>/metrics</c>) and traces (OTLP when configured) over the engine's meter and activity source.</summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "mediajobs";

    public static WebApplicationBuilder AddMediaJobsTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.SectionName);
        builder.Services.AddSingleton(sp => new MediaJobsMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        builder.Services.AddSingleton<QueueDepthGauge>();
        // Before the document's own transformers, so the security requirements cover the path too.
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer<MetricsPathTransformer>());
        var otel = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(ServiceName));
        if (options.MetricsEnabled)
        {
            otel.WithMetrics(metrics => metrics
                .AddMeter(MediaJobsMetrics.MeterName)
                .AddPrometheusExporter(o =>
                {
                    o.ScrapeResponseCacheDurationMilliseconds = 0;
                    o.ScopeInfoEnabled = false;
                }));
        }
        builder.Services.ConfigureOpenTelemetryMeterProvider((sp, metrics) =>
        {
            // Meters are matched by name process-wide; only this host's (its IMeterFactory's) are its numbers,
            // so two servers in one process (tests, side-by-side hosts) never count each other's jobs.
            var own = sp.GetService<System.Diagnostics.Metrics.IMeterFactory>();
            metrics.AddView(i => i.Meter.Name != MediaJobsMetrics.MeterName ? null
                : i.Meter.Scope != own ? MetricStreamConfiguration.Drop
                // Whole seconds of a job or a step, not milliseconds of a request.
                : i.Unit == "s" ? new ExplicitBucketHistogramConfiguration { Boundaries = DurationBuckets }
                : null);
        });
        if (options.TracingEnabled)
        {
            otel.WithTracing(tracing =>
            {
                tracing
                    .AddSource(MediaJobsTracing.SourceName)
                    // Every job run is traced (a few spans per job); a parent's "not sampled" must not hide a run.
                    .SetSampler(new AlwaysOnSampler())
                    .AddProcessor(new CorrelationIdSpanProcessor())
                    .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpResponse = (activity, response) =>
                    {
                        if (Correlation.CorrelationId.Find(response.HttpContext) is { } correlationId)
                        {
                            activity.SetTag(MediaJobsTracing.CorrelationIdTag, correlationId);
                        }
                    })
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint))
                {
                    tracing.AddOtlpExporter(o =>
                    {
                        o.Endpoint = new Uri(options.Otlp.Endpoint);
                        o.Protocol = string.Equals(options.Otlp.Protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
                            ? OtlpExportProtocol.HttpProtobuf
                            : OtlpExportProtocol.Grpc;
                    });
                }
            });
        }
        return builder;
    }

    private static readonly double[] DurationBuckets = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

}
