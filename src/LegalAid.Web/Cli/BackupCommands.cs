using System.CommandLine;
using LegalAid.Infrastructure.Backup;
using static System.FormattableString;

namespace LegalAid.Web.Cli;

/// <summary>
/// <c>backup --out FILE</c> and <c>restore FILE [--force] [--verify-only]</c>: encrypted, verified copies of the SQLite
/// database and the documents folder. On SQL Server both refuse and point to SQL Server's own backups.
/// </summary>
internal static class BackupCommands
{
    public static Command Backup(IServiceProvider services)
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write; it must not exist yet.", Required = true };
        var command = new Command("backup", "Write an encrypted, verified backup of the database and the documents (SQLite; the app may keep running).") { output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, "No backup was written.", async writer =>
        {
            await using var scope = services.CreateAsyncScope();
            var backup = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().CreateAsync(parse.GetValue(output)!.FullName, cancellationToken);
            await writer.WriteLineAsync(Invariant(
                $"Backed up {backup.Rows} rows in {backup.Tables} tables and {backup.Documents} documents ({Megabytes(backup.DocumentBytes)}) to {backup.Path} ({Megabytes(backup.Bytes)})."));
            await writer.WriteLineAsync($"Encrypted with AES-256-GCM under key {backup.KeyId}; verified: integrity_check ok, every table's rows and every document match.");
            if (backup.DocumentsNotInFolder.Count > 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(Invariant(
                    $"Warning: {backup.DocumentsNotInFolder.Count} documents the database lists were not in the documents folder as uploaded, so the backup lacks them: {string.Join(", ", backup.DocumentsNotInFolder.Take(5))}{(backup.DocumentsNotInFolder.Count > 5 ? ", ..." : string.Empty)}"));
            }
        }));
        return command;
    }

    public static Command Restore(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The backup file." };
        var force = new Option<bool>("--force") { Description = "Replace the present database and documents (the app must be stopped); they are kept beside, renamed." };
        var verifyOnly = new Option<bool>("--verify-only") { Description = "Decrypt and verify the backup, restore nothing." };
        var command = new Command("restore", "Verify a backup, then restore the database and the documents from it (SQLite).") { file, force, verifyOnly };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, "Nothing was restored.", async writer =>
        {
            await using var scope = services.CreateAsyncScope();
            var restore = await scope.ServiceProvider.GetRequiredService<DatabaseRestore>().RestoreAsync(
                parse.GetValue(file)!.FullName, parse.GetValue(force), parse.GetValue(verifyOnly), cancellationToken);
            await writer.WriteLineAsync(Invariant(
                $"Verified {restore.BackupPath}, made {restore.BackupCreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC under key {restore.KeyId}: integrity_check ok, {restore.Rows} rows in {restore.Tables} tables and {restore.Documents} documents ({Megabytes(restore.DocumentBytes)}) match."));
            if (!restore.Restored)
            {
                return;
            }

            await writer.WriteLineAsync($"Restored the database to {restore.Database} and the documents to {restore.DocumentsFolder}.");
            var kept = new[] { restore.KeptDatabase, restore.KeptDocuments }.OfType<string>().ToList();
            if (kept.Count > 0)
            {
                await writer.WriteLineAsync($"The previous data is kept as {string.Join(" and ", kept)}: it holds personal data, delete it once the restored data is confirmed.");
            }
        }));
        return command;
    }

    /// <summary>Runs the command; a refusal prints its reason and what it left undone on standard error, and exits 1.</summary>
    private static async Task<int> RunAsync(ParseResult parse, string undone, Func<TextWriter, Task> work)
    {
        try
        {
            await work(parse.InvocationConfiguration.Output);
            return 0;
        }
        catch (BackupRefusedException refused)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"{refused.Message} {undone}");
            return 1;
        }
    }

    private static string Megabytes(long bytes) => Invariant($"{bytes / (1024.0 * 1024.0):0.0} MB");
}
