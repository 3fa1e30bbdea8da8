namespace LegalAid.Infrastructure.Backup;

/// <summary>A backup or restore that cannot go ahead; the message tells the operator why and what to do.</summary>
public sealed class BackupRefusedException(string message) : Exception(message)
{
    public static void ThrowIf(bool refused, string message)
    {
        if (refused)
        {
            throw new BackupRefusedException(message);
        }
    }
}
