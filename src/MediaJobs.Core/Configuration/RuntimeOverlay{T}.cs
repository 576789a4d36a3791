using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// Lays this node's runtime overrides of one section over the configured values (after every other configure step,
/// before validation), and tells <c>IOptionsMonitor</c> when they change.
/// </summary>
internal sealed class RuntimeOverlay<T>(string sectionName, RuntimeOverrides overrides) : IPostConfigureOptions<T>, IOptionsChangeTokenSource<T>
    where T : class
{
    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => overrides.Watch(sectionName);

    public void PostConfigure(string? name, T options)
    {
        if (name == Options.DefaultName)
        {
            Apply(sectionName, RuntimeOverrides.Slice(overrides.Current, sectionName), options);
        }
    }

    /// <summary>Binds <paramref name="values"/> (full keys) onto <paramref name="options"/>, as configuration would.</summary>
    public static void Apply(string sectionName, IReadOnlyDictionary<string, string> values, T options)
    {
        if (values.Count == 0)
        {
            return;
        }
        var overlay = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)))
            .Build();
        overlay.GetSection(sectionName).Bind(options);
    }
}
