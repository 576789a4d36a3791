using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Pipelines.Common.Providers;

/// <summary>The one HTTP client every provider call uses (video voices, b-roll, script writer; document models).</summary>
public static class ProviderHttpClientRegistration
{
    public const string HttpClientName = "MediaJobs.Providers";

    /// <summary>Long enough for a vision model reading a page image or an OCR of a large PDF; registering twice is harmless.</summary>
    public static IServiceCollection AddProviderHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, http => http.Timeout = TimeSpan.FromMinutes(5));
        return services;
    }

    public static HttpClient CreateProviderClient(this IServiceProvider services) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
