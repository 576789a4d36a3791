using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Errors;

/// <summary>
/// A submission the server cannot honour; <see cref="Field"/> names the offending field (a 400).
/// A field of the job's input (<see cref="InInput(string, string)"/>) is named relative to the input (<c>topic</c>, <c>paths[1]</c>,
/// <c>captions.color</c>): each surface names the input its own way (<c>inputs.</c> natively, <c>parameters.</c> for
/// Secretary, nothing for Shrinkray), so it adds that prefix itself with <see cref="WithInputPrefix"/>, which also
/// writes the message with the field named as that surface names it.
/// </summary>
public sealed class JobValidationException : MediaJobsException
{
    private readonly Func<Func<string, string>, string>? _describe;

    /// <summary>A field outside the input (<c>type</c>, <c>preset</c>, <c>options.quality</c>), named from the submission's root.</summary>
    public JobValidationException(string field, string message)
        : base(new JobError("InvalidRequest", message)) => Field = field;

    private JobValidationException(string field, Func<Func<string, string>, string> describe, Func<string, string> name)
        : base(new JobError("InvalidRequest", describe(name)))
    {
        Field = name(field);
        _describe = describe;
        RelativeField = field;
    }

    public string Field { get; }

    /// <summary>True when <see cref="Field"/> is a path inside the job's input, still without any surface's prefix.</summary>
    public bool IsInputField => _describe is not null && Field == RelativeField;

    /// <summary>The path inside the input (null for a field outside it), whatever prefix <see cref="Field"/> has.</summary>
    public string? RelativeField { get; }

    /// <summary>
    /// A problem with the input field at <paramref name="path"/> (relative to the input). <paramref name="describe"/>
    /// writes the message given how the surface names an input field: <c>name => $"'{name("path")}' is required."</c>.
    /// </summary>
    public static JobValidationException InInput(string path, Func<Func<string, string>, string> describe) =>
        new(path, describe, static relative => relative);

    /// <summary>The common case: <c>'&lt;field&gt;' &lt;problem&gt;</c>, e.g. <c>'topic' must be a string.</c></summary>
    public static JobValidationException InInput(string path, string problem) =>
        InInput(path, name => $"'{name(path)}' {problem}");

    /// <summary>
    /// This error as a surface that names the input <paramref name="prefix"/> shows it: the field and every field
    /// the message names get the prefix. An error outside the input, or one already prefixed, is returned as it is.
    /// </summary>
    public JobValidationException WithInputPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return WithInputNames(relative => prefix + relative);
    }

    /// <summary>
    /// This error as a surface names input fields: <paramref name="name"/> maps a path relative to the input to the
    /// surface's field name (for a surface whose input fields do not all share one prefix).
    /// </summary>
    public JobValidationException WithInputNames(Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsInputField ? new JobValidationException(RelativeField!, _describe!, name) : this;
    }
}
