using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Downloads;

/// <summary>
/// Files fetched by URL for a job (configuration section <c>MediaJobs:Downloads</c>). The address rules are the
/// webhooks' (<see cref="Webhooks.AddressGuard"/>): loopback, private, link-local and metadata addresses are refused
/// unless allowed here; the size limit is the uploads' (<c>MediaJobs:Uploads:MaxBytes</c>).
/// </summary>
public sealed class DownloadOptions
{
    public const string SectionName = "MediaJobs:Downloads";

    /// <summary>Time allowed for one download (connect, answer, body).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be a duration from 00:00:00.001 to 01:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Host names or IP literals let through even when they are loopback or private (e.g. a test server on 127.0.0.1).</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Let downloads reach loopback, private, link-local and metadata addresses (trusted networks only).</summary>
    public bool AllowPrivateNetworks { get; set; }
}
