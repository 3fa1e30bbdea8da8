using System.Net.Http.Json;
using System.Security.Cryptography;
using LegalAid.Application;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Cli;
using LegalAid.Web.Tests.Api;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace LegalAid.Web.Tests.Cli;

/// <summary>
/// <c>backup</c> and <c>restore</c> run in-process as the console operator. Each run gets services of its own, as a
/// separate process would, on an installation (a database and a documents folder) under this test's folder.
/// </summary>
public sealed class BackupCommandsTests : IAsyncLifetime
{
    private const int ChunkOnDisk = 5 + (1024 * 1024) + 16;
    private const int HeaderLength = 53;
    private static readonly string Key = NewKey();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-backup-tests", Guid.NewGuid().ToString("N"));

    private Installation Live => new(Path.Combine(folder, "live"));

    private Installation Fresh => new(Path.Combine(folder, "fresh"));

    private string BackupFile => Path.Combine(folder, "legalaid.labak");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ABackupTakenDuringAStreamOfWrites_HoldsEveryRecordCommittedBeforeItBegan()
    {
        await using var app = new LegalAidFactory(new Dictionary<string, string> { ["Documents:Path"] = Live.Documents });
        await app.SeedAccountsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var writes = new CaseWorkStream(lawyer);
        using var stop = new CancellationTokenSource();
        var writing = writes.RunAsync(stop.Token);
        await writes.CommittedAsync(10);

        var before = writes.Committed();
        var backup = await RunAsync(Live with { ConnectionString = app.ConnectionString }, "backup", "--out", BackupFile);
        await writes.CommittedAsync(before.Consultations.Count + 1);
        await stop.CancelAsync();
        await writing;
        var restore = await RunAsync(Fresh, "restore", BackupFile);

        Assert.Equal((0, string.Empty, 0, string.Empty), (backup.Exit, backup.Error, restore.Exit, restore.Error));
        var all = writes.Committed();
        foreach (var (table, committedBefore, committedAtAll) in new[]
        {
            ("Clients", before.Clients, all.Clients), ("Cases", before.Cases, all.Cases), ("Consultations", before.Consultations, all.Consultations),
        })
        {
            var restored = Ids(Fresh.Database, table);
            TestContext.Current.TestOutputHelper?.WriteLine($"{table}: {committedBefore.Count} committed before the backup began, {restored.Count} in it, {committedAtAll.Count} by the end.");
            Assert.Superset(committedBefore.ToHashSet(), restored);
            Assert.Subset(committedAtAll.ToHashSet(), restored);
        }

        Assert.Equal(["ok"], Query(Fresh.Database, "PRAGMA integrity_check"));
        Assert.Empty(Query(Fresh.Database, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public async Task DocumentsUploadedThroughTheApp_AreRestoredByteForByte()
    {
        await using var app = new LegalAidFactory(new Dictionary<string, string> { ["Documents:Path"] = Live.Documents });
        await app.SeedAccountsAsync();
        using var lawyer = await app.SignInAsync(LegalAidFactory.LawyerMow);
        var caseId = await new CaseWorkStream(lawyer).OpenCaseAsync();
        // Larger than a chunk of the backup file, so that it spans several.
        byte[] scan = [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(2_500_000), .. "\n%%EOF"u8];
        await (await lawyer.PostAsync($"/api/v1/cases/{caseId}/documents", Upload(scan, "Скан паспорта Үсөнбаев.pdf"))).CreatedIdAsync();
        await (await lawyer.PostAsync($"/api/v1/cases/{caseId}/documents", ApiJson.PdfUpload("Трудовой договор Өмүрбеков.pdf"))).CreatedIdAsync();

        var backup = await RunAsync(Live with { ConnectionString = app.ConnectionString }, "backup", "--out", BackupFile);
        var restore = await RunAsync(Fresh, "restore", BackupFile);

        Assert.Equal((0, string.Empty, 0, string.Empty), (backup.Exit, backup.Error, restore.Exit, restore.Error));
        var documents = Rows(Fresh.Database, "SELECT FileName, StorageKey, Sha256 FROM CaseDocuments ORDER BY Id");
        Assert.Equal(["Скан паспорта Үсөнбаев.pdf", "Трудовой договор Өмүрбеков.pdf"], documents.Select(d => d[0]));
        Assert.Equal(scan, await File.ReadAllBytesAsync(Fresh.DocumentFile(documents[0][1])));
        foreach (var document in documents)
        {
            var restored = await File.ReadAllBytesAsync(Fresh.DocumentFile(document[1]));
            Assert.Equal(await File.ReadAllBytesAsync(Live.DocumentFile(document[1])), restored);
            Assert.Equal(document[2], Convert.ToHexString(SHA256.HashData(restored)));
        }
    }

    [Fact]
    public async Task BackupAndRestore_SayWhatTheyDidAndAreAudited()
    {
        await RunAsync(Live, "migrate");
        await WriteDocumentAsync(Live, "0a1b2c", 300_000);

        var backup = await RunAsync(Live, "backup", "--out", BackupFile);
        var verified = await RunAsync(Fresh, "restore", BackupFile, "--verify-only");
        var leftByVerifying = Directory.Exists(Fresh.Folder) ? Directory.GetFileSystemEntries(Fresh.Folder) : [];
        var restore = await RunAsync(Fresh, "restore", BackupFile);

        var keyId = KeyId(Key);
        Assert.Equal((0, string.Empty), (backup.Exit, backup.Error));
        Assert.Matches(
            $@"^Backed up \d+ rows in \d+ tables and 1 documents \(0\.3 MB\) to {Regex(BackupFile)} \(\d+\.\d MB\)\.\r?\n"
            + $@"Encrypted with AES-256-GCM under key {keyId}; verified: integrity_check ok, every table's rows and every document match\.\r?\n$",
            backup.Output);
        var verifiedLine = $@"Verified {Regex(BackupFile)}, made \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC under key {keyId}: integrity_check ok, \d+ rows in \d+ tables and 1 documents \(0\.3 MB\) match\.\r?\n";
        Assert.Equal((0, string.Empty), (verified.Exit, verified.Error));
        Assert.Matches($"^{verifiedLine}$", verified.Output);
        Assert.Empty(leftByVerifying);
        Assert.Equal((0, string.Empty), (restore.Exit, restore.Error));
        Assert.Matches(
            $@"^{verifiedLine}Restored the database to {Regex(Fresh.Database)} and the documents to {Regex(Fresh.Documents)}\.\r?\n$",
            restore.Output);
        Assert.Equal(
            [[$"{(int)AuditAction.BackedUp}", ConsoleOperator.Name, "Backup"]],
            Rows(Live.Database, $"SELECT Action, UserName, EntityType FROM AuditEntries WHERE Action = {(int)AuditAction.BackedUp}"));
        Assert.StartsWith(
            $"file=legalaid.labak; bytes={new FileInfo(BackupFile).Length}; key={keyId}; tables=",
            Query(Live.Database, $"SELECT Details FROM AuditEntries WHERE Action = {(int)AuditAction.BackedUp}").Single(),
            StringComparison.Ordinal);
        Assert.Equal(
            [[$"{(int)AuditAction.Restored}", ConsoleOperator.Name]],
            Rows(Fresh.Database, $"SELECT Action, UserName FROM AuditEntries WHERE Action = {(int)AuditAction.Restored}"));
    }

    [Theory]
    [InlineData("a byte of a chunk changed", "The backup file is damaged or was altered: chunk 2 fails authentication.")]
    [InlineData("the salt in the header changed", "The backup file is damaged or was altered: chunk 1 fails authentication.")]
    [InlineData("the second chunk left out", "The backup file is damaged or was altered: chunk 2 fails authentication.")]
    [InlineData("the first chunk marked as the last", "The backup file is damaged or was altered: chunk 1 fails authentication.")]
    [InlineData("cut short inside a chunk", "The backup file is incomplete: it stops at chunk 3 and its last chunk is missing (cut short while copying?).")]
    [InlineData("cut short after a whole chunk", "The backup file is incomplete: it stops at chunk 3 and its last chunk is missing (cut short while copying?).")]
    [InlineData("bytes added at the end", "The backup file is damaged or was altered: it goes on after its last chunk.")]
    [InlineData("not a backup", "This is not a LegalAid backup file.")]
    public async Task AnAlteredOrTruncatedBackup_IsRefusedAndRestoresNothing(string damage, string message)
    {
        await RunAsync(Live, "migrate");
        await WriteDocumentAsync(Live, "ffee01", 3_500_000);
        await RunAsync(Live, "backup", "--out", BackupFile);
        var bytes = await File.ReadAllBytesAsync(BackupFile);
        Assert.True(bytes.Length > 3 * ChunkOnDisk, "The backup spans more than three chunks.");

        byte[] damaged = damage switch
        {
            "a byte of a chunk changed" => Flip(bytes, HeaderLength + ChunkOnDisk + 1000),
            "the salt in the header changed" => Flip(bytes, HeaderLength - 1),
            "the second chunk left out" => [.. bytes[..(HeaderLength + ChunkOnDisk)], .. bytes[(HeaderLength + (2 * ChunkOnDisk))..]],
            "the first chunk marked as the last" => [.. Flip(bytes, HeaderLength, to: 1)[..(HeaderLength + ChunkOnDisk)]],
            "cut short inside a chunk" => bytes[..(HeaderLength + (2 * ChunkOnDisk) + 500)],
            "cut short after a whole chunk" => bytes[..(HeaderLength + (2 * ChunkOnDisk))],
            "bytes added at the end" => [.. bytes, 0],
            _ => [.. "SQLite format 3\0"u8, .. bytes[16..]],
        };
        await File.WriteAllBytesAsync(BackupFile, damaged);

        var restore = await RunAsync(Fresh, "restore", BackupFile);

        Assert.Equal((1, $"{message} Nothing was restored."), (restore.Exit, restore.Error.Trim()));
        Assert.Empty(Directory.Exists(Fresh.Folder) ? Directory.GetFileSystemEntries(Fresh.Folder) : []);
    }

    [Fact]
    public async Task ABackupMadeWithAnotherKey_IsRefusedNamingBothKeys()
    {
        await RunAsync(Live, "migrate");
        await RunAsync(Live, "backup", "--out", BackupFile);
        var otherKey = NewKey();

        var restore = await RunWithAsync(Settings(Fresh, otherKey), Environments.Production, "restore", BackupFile);

        Assert.Equal(
            (1, $"The backup was encrypted with another key (key id {KeyId(Key)}); Backup:Key is key id {KeyId(otherKey)}. Set Backup__Key to the key the backup was made with. Nothing was restored."),
            (restore.Exit, restore.Error.Trim()));
        Assert.False(File.Exists(Fresh.Database));
    }

    [Fact]
    public async Task RestoringOverData_NeedsForceAndTheAppStopped_AndKeepsWhatWasThere()
    {
        await RunAsync(Live, "migrate");
        await WriteDocumentAsync(Live, "abc123", 1000);
        await RunAsync(Live, "backup", "--out", BackupFile);
        Execute(Live.Database, "INSERT INTO OpposingParties (Name, NameKey, Kind) VALUES ('ООО Стройсервис', 'стройсервис', 1)");
        await WriteDocumentAsync(Live, "def456", 1000);

        var withoutForce = await RunAsync(Live, "restore", BackupFile);
        Run whileOpen;
        using (var appConnection = new SqliteConnection(Live.ConnectionString))
        {
            // What the running app holds: pooled connections that have read the database and stay open.
            appConnection.Open();
            using var read = appConnection.CreateCommand();
            read.CommandText = "SELECT count(*) FROM Clients";
            read.ExecuteScalar();
            whileOpen = await RunAsync(Live, "restore", BackupFile, "--force");
        }

        var stopped = await RunAsync(Live, "restore", BackupFile, "--force");

        Assert.Equal(1, withoutForce.Exit);
        Assert.StartsWith($"{Live.Database} or the documents folder {Live.Documents} already holds data. To replace them, stop the app and restore again with --force", withoutForce.Error, StringComparison.Ordinal);
        Assert.Equal((1, $"{Live.Database} is open in another process: stop the app first, then restore again. Nothing was restored."), (whileOpen.Exit, whileOpen.Error.Trim()));
        Assert.Equal((0, string.Empty), (stopped.Exit, stopped.Error));
        Assert.Empty(Query(Live.Database, "SELECT Name FROM OpposingParties"));
        Assert.Equal(["abc123"], Directory.GetFiles(Live.Documents, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        var kept = Directory.GetFiles(Live.Folder, "legalaid.db.before-restore-*").Single();
        Assert.Equal(["ООО Стройсервис"], Query(kept, "SELECT Name FROM OpposingParties"));
        var keptDocuments = Directory.GetDirectories(Live.Folder, "documents.before-restore-*").Single();
        Assert.Equal(["abc123", "def456"], Directory.GetFiles(keptDocuments, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order());
        Assert.Contains($"The previous data is kept as {kept} and {keptDocuments}: it holds personal data", stopped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABackup_NeitherReplacesAFileNorGoesIntoTheDocumentsFolder()
    {
        await RunAsync(Live, "migrate");
        await File.WriteAllTextAsync(BackupFile, "last week's backup");
        var intoDocuments = Path.Combine(Live.Documents, "legalaid.labak");
        Directory.CreateDirectory(Live.Documents);

        var overAFile = await RunAsync(Live, "backup", "--out", BackupFile);
        var inDocuments = await RunAsync(Live, "backup", "--out", intoDocuments);

        Assert.Equal((1, $"{BackupFile} exists: give the backup a new name (a backup never replaces another). No backup was written."), (overAFile.Exit, overAFile.Error.Trim()));
        Assert.Equal("last week's backup", await File.ReadAllTextAsync(BackupFile));
        Assert.Equal((1, $"{intoDocuments} is inside the documents folder, which the backup copies: write it elsewhere. No backup was written."), (inDocuments.Exit, inDocuments.Error.Trim()));
        Assert.Empty(Directory.GetFileSystemEntries(Live.Documents));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task OnSqlServer_BothCommandsPointToSqlServersOwnBackups(string command)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:LegalAid"] = "Server=db.invalid;Database=LegalAid;Integrated Security=true",
            ["Backup:Key"] = Key,
            ["Audit:MasterKey"] = LegalAidFactory.MasterKey,
        }).Build();

        var run = await RunWithAsync(settings, Environments.Production, command == "backup" ? ["backup", "--out", BackupFile] : ["restore", BackupFile]);

        Assert.Equal(1, run.Exit);
        Assert.Contains("BACKUP DATABASE ... WITH ENCRYPTION", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"Backups on SQL Server\" in deploy/README.md", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(BackupFile));
    }

    [Fact]
    public async Task TheKey_IsRefusedWhenMissingOrMalformed_AndOutsideDevelopmentWhenASettingsFileHoldsIt()
    {
        await RunAsync(Live, "migrate");
        var settingsFile = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(settingsFile, $$"""{ "Backup": { "Key": "{{Key}}" } }""");
        IConfigurationRoot FromFile() => new ConfigurationBuilder().AddJsonFile(settingsFile).AddInMemoryCollection(Values(Live, key: null)).Build();

        var missing = await RunWithAsync(Settings(Live, key: null), Environments.Production, "backup", "--out", BackupFile);
        var malformed = await RunWithAsync(Settings(Live, key: "c2hvcnQ="), Environments.Production, "backup", "--out", BackupFile);
        var inProduction = await RunWithAsync(FromFile(), Environments.Production, "backup", "--out", BackupFile);
        var inDevelopment = await RunWithAsync(FromFile(), Environments.Development, "backup", "--out", BackupFile);

        Assert.Equal((1, "Backup:Key is not set. Set the environment variable Backup__Key to 32 random bytes in base64 (openssl rand -base64 32), kept in a secret store apart from the backups. No backup was written."), (missing.Exit, missing.Error.Trim()));
        Assert.Equal((1, "Backup:Key must be 32 bytes in base64 (openssl rand -base64 32). No backup was written."), (malformed.Exit, malformed.Error.Trim()));
        Assert.Equal((1, $"Backup:Key is read from {settingsFile}. Outside Development the backup key must not be kept in a settings file: remove it there and set the environment variable Backup__Key from a secret store. No backup was written."), (inProduction.Exit, inProduction.Error.Trim()));
        Assert.Equal((0, string.Empty), (inDevelopment.Exit, inDevelopment.Error));
    }

    private Task<Run> RunAsync(Installation installation, params string[] args) => RunWithAsync(Settings(installation, Key), Environments.Production, args);

    private async Task<Run> RunWithAsync(IConfigurationRoot settings, string environment, params string[] args)
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
            .AddApplication()
            .AddInfrastructure(settings, folder)
            .AddConsoleOperator()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliCommands.RunAsync(services, args, TextReader.Null, output, error);
        return new Run(exit, output.ToString(), error.ToString());
    }

    private static IConfigurationRoot Settings(Installation installation, string? key) =>
        new ConfigurationBuilder().AddInMemoryCollection(Values(installation, key)).Build();

    private static Dictionary<string, string?> Values(Installation installation, string? key)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LegalAid"] = installation.ConnectionString,
            ["Documents:Path"] = installation.Documents,
            ["Audit:MasterKey"] = LegalAidFactory.MasterKey,
        };
        if (key is not null)
        {
            values["Backup:Key"] = key;
        }

        return values;
    }

    private static async Task WriteDocumentAsync(Installation installation, string key, int length)
    {
        var path = installation.DocumentFile(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, RandomNumberGenerator.GetBytes(length));
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key's public id, as the backup file and the messages name it.</summary>
    private static string KeyId(string key) =>
        Convert.ToHexString(HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(key), 8, [], "LegalAid backup key id"u8.ToArray()));

    private static byte[] Flip(byte[] bytes, int at, byte? to = null)
    {
        var copy = bytes.ToArray();
        copy[at] = to ?? (byte)(copy[at] ^ 0x55);
        return copy;
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private static HashSet<int> Ids(string database, string table) => Query(database, $"SELECT Id FROM {table}").Select(int.Parse).ToHashSet();

    private static List<string> Query(string database, string sql) => Rows(database, sql).Select(row => row[0]).ToList();

    private static List<string[]> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        SqliteNameCollation.Register(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed record Run(int Exit, string Output, string Error);

    /// <summary>Where one installation keeps its database and its documents.</summary>
    private sealed record Installation(string Folder)
    {
        public string ConnectionString { get; init; } = $"Data Source={Path.Combine(Folder, "legalaid.db")};Pooling=False";

        public string Database => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

        public string Documents => Path.Combine(Folder, "documents");

        public string DocumentFile(string key) => Path.Combine(Documents, key[..2], key);
    }

    /// <summary>A lawyer registering clients, opening their cases and logging consultations through the API, one after another, until stopped.</summary>
    private sealed class CaseWorkStream(HttpClient lawyer)
    {
        private readonly List<(string Table, int Id)> committed = [];
        private readonly List<(int Count, TaskCompletionSource Reached)> waiting = [];

        public async Task RunAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                await OpenCaseAsync();
            }
        }

        public async Task<int> OpenCaseAsync()
        {
            var clientId = await (await lawyer.PostAsJsonAsync("/api/v1/clients", new { notADuplicate = true, familyName = "Үсөнбаев", givenName = "Нурлан", sex = "Male", citizenship = "KG", preferredLanguage = "ky", consentGivenOn = "2026-01-15", consentScopes = new[] { "LegalAid" } })).CreatedIdAsync();
            Add("Clients", clientId);
            var caseId = await lawyer.OpenCaseAsync(clientId);
            Add("Cases", caseId);
            Add("Consultations", await (await lawyer.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 20, summary = "Работодатель не платит третий месяц" })).CreatedIdAsync());
            return caseId;
        }

        /// <summary>Completes once <paramref name="count"/> consultations are committed.</summary>
        public Task CommittedAsync(int count)
        {
            lock (committed)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting.Add((count, reached));
                Notify();
                return reached.Task;
            }
        }

        public (List<int> Clients, List<int> Cases, List<int> Consultations) Committed()
        {
            lock (committed)
            {
                List<int> Of(string table) => committed.Where(c => c.Table == table).Select(c => c.Id).ToList();
                return (Of("Clients"), Of("Cases"), Of("Consultations"));
            }
        }

        private void Add(string table, int id)
        {
            lock (committed)
            {
                committed.Add((table, id));
                Notify();
            }
        }

        private void Notify()
        {
            var consultations = committed.Count(c => c.Table == "Consultations");
            foreach (var wait in waiting.Where(w => w.Count <= consultations).ToList())
            {
                wait.Reached.SetResult();
                waiting.Remove(wait);
            }
        }
    }
}
