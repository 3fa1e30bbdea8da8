namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// Plain copies of personal data made while backing up or restoring: readable by this account only, in a work
/// folder beside the file they come from or go to (the same disk, already as well guarded), deleted when done.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return new FileStream(path, options);
    }

    /// <summary>A new folder beside <paramref name="path"/>, open to this account only, removed with all it holds on dispose.</summary>
    public static WorkFolder FolderBeside(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var folder = Path.Combine(parent, $".legalaid-work-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
        }

        return new WorkFolder(folder);
    }
}

internal sealed class WorkFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
