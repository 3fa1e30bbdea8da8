namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// Files that hold personal data (the database, uploaded documents, the plain copies a backup or a restore makes in a
/// work folder beside them): readable and writable by the app's own account only, not by every account of the machine.
/// </summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
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
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        return new WorkFolder(folder);
    }

    /// <summary>The folder, and any of its parents missing, open to this account only when made now.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
        }
    }

    /// <summary>An existing file made readable and writable by this account only (SQLite gives its journal files the same).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
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
