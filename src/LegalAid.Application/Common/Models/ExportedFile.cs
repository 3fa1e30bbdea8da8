namespace LegalAid.Application.Common.Models;

/// <summary>A file to download: an export, a PDF report.</summary>
public sealed record ExportedFile(string FileName, string ContentType, byte[] Content);
