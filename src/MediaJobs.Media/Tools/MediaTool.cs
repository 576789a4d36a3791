namespace MediaJobs.Media.Tools;

/// <summary>The external tools MediaJobs calls.</summary>
public enum MediaTool
{
    Ffmpeg,
    Ffprobe,
    EspeakNg,
    Tesseract,
    Pdftotext,
    Pdftoppm,
    Pdfinfo,
    Pdfimages,
}
