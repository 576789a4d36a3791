using System.ComponentModel.DataAnnotations;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Configuration section <c>MediaJobs:Documents</c>: templates, OCR, the CPU budget and the optional
/// cloud providers (Mistral OCR, an OpenAI-compatible vision model and chat model, speech-to-text).
/// </summary>
public sealed class DocumentsOptions
{
    public const string SectionName = "MediaJobs:Documents";

    /// <summary>User templates that add to or override the shipped ones; default <c>&lt;data&gt;/templates</c>.</summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>Resolution at which pages are rendered for OCR.</summary>
    [Range(50, 1200, ErrorMessage = "must be a resolution from 50 to 1200 dpi.")]
    public int OcrDpi { get; set; } = 300;

    /// <summary>Resolution of the page previews published as assets (low: thumbnails).</summary>
    [Range(10, 600, ErrorMessage = "must be a resolution from 10 to 600 dpi.")]
    public int PreviewDpi { get; set; } = 36;

    /// <summary>How many pages are OCR'd at once (one tesseract process each). Default: the processor count.</summary>
    [Range(1, 256, ErrorMessage = "must be a whole number from 1 to 256.")]
    public int CpuBudget { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// <c>combined</c>: a page whose text layer has fewer non-blank characters than this is OCR'd instead
    /// (empty or "too thin": a scanned page often carries only a page number or a stray header).
    /// </summary>
    [Range(0, 100000, ErrorMessage = "must be a whole number from 0 to 100000.")]
    public int MinTextCharacters { get; set; } = 20;

    /// <summary>Mistral OCR (<c>mistral_ocr</c>, <c>mistral_ocr_with_pages</c>); key also from <c>MISTRAL_API_KEY</c>.</summary>
    public ProviderEndpointOptions Mistral { get; set; } = new() { BaseUrl = "https://api.mistral.ai/v1", Model = "mistral-ocr-latest" };

    /// <summary>An OpenAI-compatible vision model (<c>openai_vision</c>); key also from <c>OPENAI_API_KEY</c>.</summary>
    public ProviderEndpointOptions Vision { get; set; } = new() { BaseUrl = ProviderEndpointOptions.OpenAiBaseUrl, Model = "gpt-4o-mini" };

    /// <summary>An OpenAI-compatible chat model that fills templates; without a BaseUrl templates are filled offline.</summary>
    public ProviderEndpointOptions Llm { get; set; } = new() { Model = "gpt-4o-mini" };

    /// <summary>Speech-to-text for session media; without a key media are probed only (a warning).</summary>
    public ProviderEndpointOptions SpeechToText { get; set; } = new() { BaseUrl = ProviderEndpointOptions.OpenAiBaseUrl, Model = "whisper-1" };
}
