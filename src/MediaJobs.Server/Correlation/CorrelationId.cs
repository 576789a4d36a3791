using System.Security.Cryptography;

namespace MediaJobs.Server.Correlation;

/// <summary>The request's correlation id: taken from <c>X-Correlation-ID</c> when valid, generated otherwise.</summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-ID";
    public const int MaxLength = 128;
    private static readonly object ItemKey = new();

    /// <summary>At most 128 printable ASCII characters, not blank.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= MaxLength
        && value.All(c => c is >= ' ' and <= '~');

    /// <summary>32 lowercase hex characters.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static void Set(HttpContext context, string id) => context.Items[ItemKey] = id;

    /// <summary>The id the middleware chose for this request, or null when it did not run (e.g. another app's request).</summary>
    public static string? Find(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as string : null;

    /// <summary>The id the middleware chose for this request (generated on the spot if it did not run).</summary>
    public static string Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var value) && value is string id)
        {
            return id;
        }
        var fresh = New();
        Set(context, fresh);
        return fresh;
    }
}
