namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// The runtime settings: every key that may change while the server runs with the value this node applies (a
/// dictionary setting lists each entry), and the stored version they come from (also the response's <c>ETag</c>).
/// </summary>
/// <param name="Version">Raised by one at every stored change; send it back as <c>If-Match: "&lt;version&gt;"</c>.</param>
/// <param name="Settings">Configuration key (colon-separated, as in <c>appsettings.json</c>) → value as configuration writes it.</param>
internal sealed record SettingsResponse(long Version, IReadOnlyDictionary<string, string?> Settings);
