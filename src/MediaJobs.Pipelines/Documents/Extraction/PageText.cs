namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>
/// One page's text and how it was read (<c>native</c>, <c>ocr</c>, <c>mistral_ocr</c>, <c>openai_vision</c>);
/// <see cref="Note"/> says why, when <c>combined</c> chose OCR for the page.
/// </summary>
internal sealed record PageText(int Page, string Text, string Method, string? Note = null);
