namespace LegalAid.Infrastructure.Documents;

/// <summary>The folder that holds the uploaded documents (<c>Documents:Path</c> resolved against the content root).</summary>
public sealed record DocumentsFolder(string Path);
