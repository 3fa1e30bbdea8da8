namespace LegalAid.Infrastructure.Documents;

/// <summary>The <c>Documents</c> configuration section.</summary>
public sealed class DocumentStoreOptions
{
    public const string Section = "Documents";

    /// <summary>Folder for uploaded documents, relative to the app's content root unless absolute; never under wwwroot.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("App_Data", "documents");
}
