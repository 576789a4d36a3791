using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace MediaJobs.Testing;

/// <summary>
/// A page's console, in call order, for a test to await message by message. An uncaught error in the page
/// fails the next read at once, so a broken script shows its error instead of a timeout.
/// </summary>
public sealed class BrowserConsole
{
    // Either an IConsoleMessage or the text of an uncaught page error; written in the order the page raised them.
    private readonly Channel<object> _entries = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    public BrowserConsole(IPage page)
    {
        page.Console += (_, message) => _entries.Writer.TryWrite(message);
        page.PageError += (_, error) => _entries.Writer.TryWrite(error);
    }

    public async Task<BrowserConsoleMessage> NextAsync(CancellationToken cancellationToken)
    {
        var entry = await _entries.Reader.ReadAsync(cancellationToken);
        if (entry is string error)
        {
            throw new InvalidOperationException($"the page threw: {error}");
        }
        var message = (IConsoleMessage)entry;
        var args = new List<JsonElement>();
        foreach (var handle in message.Args)
        {
            // JSON.stringify in the page: the value exactly as a script would serialize it (Playwright's own
            // JsonValueAsync adds "$id" reference markers); undefined stays an Undefined element.
            var json = await handle.EvaluateAsync<string?>("value => JSON.stringify(value)");
            args.Add(json is null ? default : JsonElement.Parse(json));
            await handle.DisposeAsync();
        }
        return new BrowserConsoleMessage(message.Type, args);
    }
}
