namespace MediaJobs.Pipelines.Documents;

/// <summary>How text is taken out of a PDF (seed 003's <c>extraction_method</c>).</summary>
public enum ExtractionMethod
{
    /// <summary><c>native</c>: the text layer (pdftotext).</summary>
    Native,
    /// <summary><c>ocr</c>: every page rendered (pdftoppm) and read by tesseract.</summary>
    Ocr,
    /// <summary><c>combined</c>: the text layer, OCR only for pages whose layer is empty or too thin.</summary>
    Combined,
    /// <summary><c>mistral_ocr</c>: Mistral's OCR API (needs MISTRAL_API_KEY).</summary>
    MistralOcr,
    /// <summary><c>mistral_ocr_with_pages</c>: Mistral OCR plus the per-page raw response and page images.</summary>
    MistralOcrWithPages,
    /// <summary><c>openai_vision</c>: page images read by an OpenAI-compatible vision model (needs OPENAI_API_KEY).</summary>
    OpenAiVision,
}
