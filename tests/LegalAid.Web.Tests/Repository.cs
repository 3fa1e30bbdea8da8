namespace LegalAid.Web.Tests;

/// <summary>The checkout the tests run from: the folder above their binaries that holds <c>LegalAid.sln</c>.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "LegalAid.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new FileNotFoundException($"No LegalAid.sln above {AppContext.BaseDirectory}.");
    }
}
