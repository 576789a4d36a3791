using System.Text.Json;

namespace MediaJobs.Testing;

/// <summary>One <c>console.*</c> call in a page: its level (<c>log</c>, <c>error</c>, ...) and its arguments as JSON.</summary>
public sealed record BrowserConsoleMessage(string Type, IReadOnlyList<JsonElement> Args);
