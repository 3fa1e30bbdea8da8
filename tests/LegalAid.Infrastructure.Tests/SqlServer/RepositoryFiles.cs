namespace LegalAid.Infrastructure.Tests.SqlServer;

internal static class RepositoryFiles
{
    /// <summary>A file of the repository, found from the test's output folder upwards.</summary>
    public static string Path(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "LegalAid.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, relative);
            }
        }

        throw new FileNotFoundException($"No LegalAid.sln above {AppContext.BaseDirectory}, so {relative} cannot be found.");
    }
}
