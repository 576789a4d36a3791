namespace MediaJobs.Server.Compat;

/// <summary>Engine validation paths as a surface receives them: relative to the job input (<c>topic</c>, <c>paths[0]</c>).</summary>
internal static class CompatFields
{
    private const string InputsPrefix = "inputs.";

    /// <summary>
    /// The path relative to the job input. Until the typed step input lands, pipelines still name fields
    /// <c>inputs.topic</c>: the leading <c>inputs.</c> is stripped here, in this one place (remove it when typed lands).
    /// </summary>
    public static string Relative(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith(InputsPrefix, StringComparison.Ordinal) ? path[InputsPrefix.Length..] : path;
    }

    /// <summary>
    /// A message that names fields: the same <c>inputs.</c> tolerance inside its text, for surfaces whose fields are
    /// top-level (remove with <see cref="Relative"/> when typed lands).
    /// </summary>
    public static string RelativeMessage(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Replace(InputsPrefix, "", StringComparison.Ordinal);
    }
}
