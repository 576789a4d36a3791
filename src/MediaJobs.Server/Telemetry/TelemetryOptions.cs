using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Telemetry;

/// <summary><c>MediaJobs:Telemetry</c>: the Prometheus scrape endpoint and traces.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Telemetry";

    /// <summary><c>/metrics</c> (Prometheus text). Off: no meter provider, no route.</summary>
    public bool MetricsEnabled { get; set; } = true;

    /// <summary>Spans for job runs, steps, tool runs, requests and outgoing HTTP (propagating <c>traceparent</c>).</summary>
    public bool TracingEnabled { get; set; } = true;

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>The exporter's address and protocol (a nested section, so checked here by its full key).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!OptionRules.IsUnsetOrHttpUrl(Otlp.Endpoint))
        {
            yield return new ValidationResult(OptionRules.HttpUrlMessage, [$"{nameof(Otlp)}:{nameof(OtlpOptions.Endpoint)}"]);
        }
        if (!string.Equals(Otlp.Protocol, "grpc", StringComparison.OrdinalIgnoreCase) && !string.Equals(Otlp.Protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("must be grpc or http/protobuf.", [$"{nameof(Otlp)}:{nameof(OtlpOptions.Protocol)}"]);
        }
    }

    public sealed class OtlpOptions
    {
        /// <summary>Where spans go (e.g. <c>http://collector:4317</c>); none by default, so nothing leaves the machine.</summary>
        public string? Endpoint { get; set; }

        /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318, full <c>/v1/traces</c> URL).</summary>
        public string Protocol { get; set; } = "grpc";
    }
}
