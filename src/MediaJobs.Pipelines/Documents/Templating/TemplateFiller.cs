using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Fills a template: with the configured chat model when there is one (its fields validated, gaps filled offline),
/// otherwise offline. A model that fails or answers badly gives a warning and the offline result.
/// </summary>
internal sealed class TemplateFiller(LlmTemplateFiller llm)
{
    /// <summary>See <see cref="LlmTemplateFiller.Identity"/>.</summary>
    public string Identity => llm.Identity;

    /// <param name="warn">Receives the warning when the model could not be used.</param>
    public async Task<FilledTemplate> FillAsync(
        DocumentTemplate template, string text, string? metadataTitle, IReadOnlyDictionary<string, string>? extra,
        Func<JobError, Task> warn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var facts = TextAnalyzer.Analyze(text, metadataTitle);
        var offline = OfflineTemplateFiller.Fill(template, text, facts, extra);
        if (!llm.IsConfigured)
        {
            return offline;
        }
        try
        {
            var values = await llm.FillAsync(template, text, ct);
            foreach (var (name, value) in offline.Values)
            {
                values.TryAdd(name, value);
            }
            if (extra is not null)
            {
                foreach (var (name, value) in extra.Where(kv => kv.Value.Length > 0))
                {
                    values[name] = value;
                }
            }
            return OfflineTemplateFiller.Create(template, values, "llm");
        }
        catch (MediaJobsException ex)
        {
            await warn(new JobError("TemplateFilledOffline", $"The chat model could not fill the template ({ex.Error.Message}); it was filled offline.", ex.Error.Remediation));
            return offline;
        }
    }
}
