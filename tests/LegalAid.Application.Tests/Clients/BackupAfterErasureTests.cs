using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Tests.Common;
using LegalAid.Infrastructure.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Clients;

/// <summary>A backup holds what the database held when it was taken: after an erasure, nothing of the person.</summary>
public sealed class BackupAfterErasureTests
{
    private static readonly Dictionary<string, string?> BackupKey = new() { [BackupKeySource.Setting] = "q1Jc0vH8m3mUoE9bT2m5Qy3m5H8bL0vK8a2Xz7cR4dE=" };

    [Fact]
    public async Task ABackupTakenAfterAnErasure_RestoresNoTraceOfThePerson_OneTakenBeforeDoes()
    {
        await using var app = new TestApp(BackupKey);
        await app.InitializeAsync();
        var person = await PersonOnFile.CreateAsync(app);
        var before = await BackUpAsync(app, "before.backup");
        app.ActAs(Roles.Administrator, null);

        await app.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = "Заявление клиента", Confirmed = true });
        var after = await BackUpAsync(app, "after.backup");

        Assert.NotEmpty(await TracesRestoredFromAsync(before));
        Assert.Empty(await TracesRestoredFromAsync(after));
    }

    private static async Task<string> BackUpAsync(TestApp app, string name)
    {
        var path = Path.Combine(app.Folder, name);
        await app.InScopeAsync(services => services.GetRequiredService<DatabaseBackup>().CreateAsync(path, CancellationToken.None));
        return path;
    }

    private static async Task<IReadOnlyList<string>> TracesRestoredFromAsync(string backup)
    {
        await using var restored = new TestApp(BackupKey);
        await restored.InitializeAsync();
        await restored.InScopeAsync(services => services.GetRequiredService<DatabaseRestore>().RestoreAsync(backup, force: true, verifyOnly: false, CancellationToken.None));
        return await PersonOnFile.TracesAsync(restored);
    }
}
