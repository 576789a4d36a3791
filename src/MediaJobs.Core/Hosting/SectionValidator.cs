using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Hosting;

/// <summary>
/// Runs the data annotations of an options object (every property, then <see cref="IValidatableObject"/>) and
/// names each failure by its configuration key: <c>MediaJobs:Engine:LeaseDuration must be a positive duration …</c>.
/// Error messages are written to follow the key ("must …").
/// </summary>
public sealed class SectionValidator<T>(string sectionName) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }
        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{sectionName}:{string.Join($", {sectionName}:", r.MemberNames.DefaultIfEmpty("*"))} {r.ErrorMessage}"));
    }
}
