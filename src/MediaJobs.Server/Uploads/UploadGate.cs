using MediaJobs.Server.Auth;
using MediaJobs.Server.DiskSpace;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Uploads;

/// <summary>
/// Lets an upload request in, or refuses it before its body is read: a declared <c>Content-Length</c> over the
/// request limit or over the key's quota is a 413, one that would leave the disk under the guard's floor a 507.
/// Every upload route (native and compat) opens its body here, so one key cannot fill the disk other keys' jobs need.
/// </summary>
public sealed class UploadGate(UploadStore store, DiskGuard disk, IOptions<UploadOptions> options)
{
    /// <summary>Room for the multipart framing around the files (boundaries, part headers, small form fields).</summary>
    public const long FramingBytes = 1024 * 1024;

    /// <summary>
    /// The request's allowance, its body limited to <see cref="UploadOptions.MaxRequestBytes"/> (and to what
    /// <paramref name="maxFiles"/> files of <paramref name="maxFileBytes"/> can need).
    /// </summary>
    /// <exception cref="UploadRejectedException">413 or 507, decided from the headers alone.</exception>
    public UploadAllowance Open(HttpContext http, long maxFileBytes, int maxFiles)
    {
        ArgumentNullException.ThrowIfNull(http);
        var limits = options.Value;
        var requestLimit = RequestLimit(limits.MaxRequestBytes, maxFileBytes, maxFiles);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // The server's own limit too, so nothing past it is even buffered.
            size.MaxRequestBodySize = requestLimit;
        }
        var caller = http.GetCaller();
        var allowance = new UploadAllowance(store, disk, caller.Owner, caller.IsAdmin ? null : limits.MaxBytesPerKey, requestLimit);
        var declared = http.Request.ContentLength;
        if (declared > requestLimit)
        {
            throw UploadAllowance.RequestTooLarge(requestLimit, declared);
        }
        allowance.AdmitDeclared(declared ?? 0);
        http.Request.Body = new LimitedRequestBody(http.Request.Body, requestLimit, limit => UploadAllowance.RequestTooLarge(limit, null));
        return allowance;
    }

    internal static long RequestLimit(long maxRequestBytes, long maxFileBytes, int maxFiles)
    {
        var files = maxFileBytes > (long.MaxValue - FramingBytes) / Math.Max(1, maxFiles) ? long.MaxValue : (maxFileBytes * Math.Max(1, maxFiles)) + FramingBytes;
        return Math.Min(maxRequestBytes, files);
    }
}
