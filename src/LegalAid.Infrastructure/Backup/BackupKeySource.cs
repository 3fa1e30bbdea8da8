using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// Reads <c>Backup:Key</c>. Outside Development the key must not come from a settings file that ships with the app
/// or sits beside it: it is given as the environment variable <c>Backup__Key</c> (from a secret store, a Kubernetes
/// Secret, a Docker secret) and kept apart from the backups it opens.
/// </summary>
public sealed class BackupKeySource(IConfiguration configuration, IHostEnvironment? environment)
{
    public const string Setting = "Backup:Key";

    internal BackupKey Current()
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BackupRefusedException(
                $"{Setting} is not set. Set the environment variable Backup__Key to 32 random bytes in base64 "
                + "(openssl rand -base64 32), kept in a secret store apart from the backups.");
        }

        if (environment?.IsDevelopment() != true && FileHolding(Setting) is { } file)
        {
            throw new BackupRefusedException(
                $"{Setting} is read from {file}. Outside Development the backup key must not be kept in a settings file: "
                + "remove it there and set the environment variable Backup__Key from a secret store.");
        }

        return BackupKey.Parse(value)
            ?? throw new BackupRefusedException($"{Setting} must be {BackupKey.Length} bytes in base64 (openssl rand -base64 32).");
    }

    /// <summary>The settings file the value comes from, when the provider that wins is a file.</summary>
    private string? FileHolding(string key) =>
        (configuration as IConfigurationRoot)?.Providers.LastOrDefault(provider => provider.TryGet(key, out _)) is FileConfigurationProvider file
            ? file.Source.FileProvider?.GetFileInfo(file.Source.Path!).PhysicalPath ?? file.Source.Path
            : null;
}
