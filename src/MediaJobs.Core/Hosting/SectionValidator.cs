using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MediaJobs.Core.Hosting;

/// <summary>
/// Runs the data annotations of an options object (every property, then <see cref="IValidatableObject"/>) and
/// names each failure by its configuration key: <c>MediaJobs:Engine:LeaseDuration must be a positive duration …</c>.
/// Error messages are written to follow the key ("must …").
/// </summary>
/// <param name="sectionName">The configuration section the options are bound from.</param>
/// <param name="optionsName">For named options: the one name this validator checks (others are skipped).</param>
public sealed class SectionValidator<T>(string sectionName, string? optionsName = null) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (optionsName is not null && !string.Equals(name, optionsName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }
        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{sectionName}:{string.Join($", {sectionName}:", r.MemberNames.DefaultIfEmpty("*"))} {r.ErrorMessage}"));
    }
}
