using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs submit --type video --preset sample-hello-youtube --watch</c></summary>
internal static class SubmitCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var type = new Option<string?>("--type", "-t") { Description = "Job type (video, transcode, document, diagnostics, noop, ...)" };
        var preset = new Option<string?>("--preset", "-p") { Description = "One of the type's presets" };
        var input = new Option<string[]>("--input", "-i") { Description = "An input field as key=value (value read as JSON when it parses, else as text); repeatable", AllowMultipleArgumentsPerToken = false };
        var inputs = new Option<string?>("--inputs") { Description = "All inputs as a JSON object, or @file.json" };
        var options = new Option<string?>("--options") { Description = "Options as a JSON object, or @file.json" };
        var priority = new Option<int?>("--priority") { Description = "Higher runs first" };
        var watch = new Option<bool>("--watch", "-w") { Description = "Follow the job until it ends" };
        var command = new Command("submit", "Submit a job") { type, preset, input, inputs, options, priority, watch };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var body = new JsonObject();
            Put(body, "type", result.GetValue(type));
            Put(body, "preset", result.GetValue(preset));
            var inputObject = ReadObject(result.GetValue(inputs), "--inputs") ?? [];
            foreach (var pair in result.GetValue(input) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    throw new ApiException($"--input takes key=value, not '{pair}'.");
                }
                inputObject[pair[..at]] = ParseValue(pair[(at + 1)..]);
            }
            body["inputs"] = inputObject;
            if (ReadObject(result.GetValue(options), "--options") is { } optionObject)
            {
                body["options"] = optionObject;
            }
            if (result.GetValue(priority) is { } p)
            {
                body["priority"] = p;
            }
            var created = await ctx.Api.SubmitAsync(body, ct);
            var id = created["jobId"]!.GetValue<string>();
            if (ctx.Json && !result.GetValue(watch))
            {
                JobView.PrintJson(ctx.Console, created);
                return 0;
            }
            ctx.Console.MarkupLine($"submitted [bold]{id}[/] ({JobView.Esc(created["status"])})");
            return result.GetValue(watch) ? await WatchCommand.WatchAsync(ctx, id, ct) : 0;
        });
        return command;
    }

    private static void Put(JsonObject body, string name, string? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }

    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static JsonObject? ReadObject(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }
        var text = value.StartsWith('@') ? File.ReadAllText(value[1..]) : value;
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ApiException($"{option} must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new ApiException($"{option} is not valid JSON: {ex.Message}");
        }
    }
}
