using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Cloud;
using MediaJobs.Pipelines.Documents.Extraction;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>What the document job types' pipelines and steps depend on, built once: tools, extractors, providers, templates and the cache.</summary>
public sealed class DocumentJobDependencies
{
    public DocumentJobDependencies(ToolLocator tools, ProcessRunner runner, FfprobeClient ffprobe, MediaRoots roots, DataLayout layout, DocumentsOptions options, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Tools = tools;
        Ffprobe = ffprobe;
        Options = options;
        Http = http;
        FileResolver = new DocumentFileResolver(roots, layout);
        Poppler = new PopplerClient(tools, runner);
        LocalExtractor = new LocalPdfExtractor(Poppler, new TesseractClient(tools, runner), options);
        Mistral = new MistralOcrClient(http, options);
        var chat = new ChatCompletionClient(http);
        Vision = new OpenAiVisionClient(chat, options);
        Filler = new TemplateFiller(new LlmTemplateFiller(chat, options));
        Templates = new TemplateLibrary([TemplateLibrary.ShippedDirectory, options.TemplatesDirectory ?? Path.Combine(layout.DataDirectory, "templates")]);
        Cache = new DocumentCache(Path.Combine(layout.DataDirectory, "cache", "documents"));
    }

    internal ToolLocator Tools { get; }
    internal FfprobeClient Ffprobe { get; }
    internal DocumentsOptions Options { get; }
    internal HttpClient Http { get; }
    internal DocumentFileResolver FileResolver { get; }
    internal PopplerClient Poppler { get; }
    internal LocalPdfExtractor LocalExtractor { get; }
    internal MistralOcrClient Mistral { get; }
    internal OpenAiVisionClient Vision { get; }
    internal TemplateFiller Filler { get; }
    internal TemplateLibrary Templates { get; }
    internal DocumentCache Cache { get; }
}
