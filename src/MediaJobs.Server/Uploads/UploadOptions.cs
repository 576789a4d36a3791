using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Uploads;

/// <summary>Browser and API uploads (configuration section <c>MediaJobs:Uploads</c>), checked at start-up.</summary>
public sealed class UploadOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Uploads";

    private const string Bytes = "must be a whole number of bytes from 1 to 9223372036854775807.";
    private const string PositiveDuration = "must be a duration from 00:00:01 to 7.00:00:00 (hh:mm:ss), e.g. 00:05:00.";

    /// <summary>Largest file accepted; a larger one is refused with a 413 as soon as it passes the limit.</summary>
    [Range(1, long.MaxValue, ErrorMessage = Bytes)]
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Largest request body of an upload route (all its files and form fields): a declared larger one is refused
    /// with a 413 before its body is read, an undeclared (chunked) one as soon as it passes the limit.
    /// </summary>
    [Range(1, long.MaxValue, ErrorMessage = Bytes)]
    public long MaxRequestBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Bytes of uploads one key may hold at once (its stored uploads not yet swept, and those arriving); a request
    /// that would pass it is a 413. Admin keys (and a server without keys) are not limited.
    /// </summary>
    [Range(1, long.MaxValue, ErrorMessage = Bytes)]
    public long MaxBytesPerKey { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The kinds <c>POST /api/uploads</c> accepts.</summary>
    public List<UploadKind> AllowedKinds { get; set; } = [UploadKind.Pdf, UploadKind.Image, UploadKind.Video, UploadKind.Audio];

    /// <summary>An upload no job names is deleted once it is this old (a job's uploads go when the job is deleted).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00", ErrorMessage = "must be a duration from 00:00:00 to 365.00:00:00 (hh:mm:ss), e.g. 01:00:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan UnusedLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often uploads are checked besides right after a job is deleted (0 would make the sweeper spin).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = PositiveDuration, ParseLimitsInInvariantCulture = true)]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rules between settings: a file must fit in a request, and a request in a key's quota.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxBytes > MaxRequestBytes)
        {
            yield return new ValidationResult(
                $"must not be larger than MaxRequestBytes ({MaxRequestBytes}): a file that large could never arrive in one request.", [nameof(MaxBytes)]);
        }
        if (MaxRequestBytes > MaxBytesPerKey)
        {
            yield return new ValidationResult(
                $"must not be larger than MaxBytesPerKey ({MaxBytesPerKey}): a request that large would always pass a key's quota.", [nameof(MaxRequestBytes)]);
        }
    }
}
