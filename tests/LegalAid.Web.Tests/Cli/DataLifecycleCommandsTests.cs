using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Cli;

/// <summary><c>audit verify</c> and <c>anonymise</c> run in-process, as the console operator, against a database of their own.</summary>
public sealed class DataLifecycleCommandsTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-cli-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;

    public async ValueTask InitializeAsync()
    {
        services = ConsoleServices.Build(folder);
        await RunAsync("users", "add", "--email", "a.b@centre.org", "--role", "Lawyer", "--centre", "MOW");
        await RunAsync("users", "lock", "--email", "a.b@centre.org");
    }

    [Fact]
    public async Task AuditVerify_PassesOnAnUntouchedTrail()
    {
        var last = await InDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Id));

        var run = await RunAsync("audit", "verify");

        Assert.Equal((0, $"The audit trail is intact: {last} entries, the last {last}.", string.Empty), (run.Exit, run.Output.Trim(), run.Error));
    }

    [Fact]
    public async Task AuditVerify_NamesTheEntryChangedInTheDatabaseFile()
    {
        var changed = await InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "Account" && e.Action == AuditAction.Created).Select(e => e.Id).SingleAsync());
        await WithoutTriggersAsync($"UPDATE AuditEntries SET UserName = 'someone.else' WHERE Id = {changed}");

        var run = await RunAsync("audit", "verify");

        Assert.Equal(1, run.Exit);
        Assert.Equal($"Audit entry {changed} does not match its hash: it, or the entry before it, was changed or removed after it was written.", run.Error.Trim());
    }

    [Fact]
    public async Task AuditVerify_NamesTheEntryAfterADeletedOne()
    {
        await WithoutTriggersAsync($"DELETE FROM AuditEntries WHERE Id = 1");

        var run = await RunAsync("audit", "verify");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("Audit entry 2 does not match its hash", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymise_ListsTheClientsDueByNumber_ThenRemovesTheirPersonalData()
    {
        var clientId = await InDatabaseAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var client = new Client(
                new ClientDetails(new PersonName("Жээнбекова", "Айгүлүм", null, "Jeenbekova Aigulum"), Sex.Female, DateOfBirth.Exact(new DateOnly(1988, 11, 23), today),
                    "KG", "+79265550199", null, null, "ky", new Consent(new DateOnly(2015, 6, 1), ConsentScope.LegalAid, today)),
                LegalAidFactory.Moscow,
                new DateTime(2015, 6, 1, 9, 0, 0, DateTimeKind.Utc));
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

        var dryRun = await RunAsync("anonymise", "--dry-run");
        var run = await RunAsync("anonymise");

        Assert.Equal(0, dryRun.Exit);
        Assert.Contains($"  client {clientId} (MOW): RetentionPassed", dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Жээнбекова", dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Anonymised", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"Anonymised 1 clients; \d+ records changed\.", run.Output);
        var client = await InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Id == clientId));
        Assert.Equal((string.Empty, (string?)null, (int?)1988), (client.Name.FamilyName, client.Phone, client.BirthYear));
        Assert.Equal(0, (await RunAsync("audit", "verify")).Exit);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliCommands.RunAsync(services, args, new StringReader(string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>What someone holding the database file could do: drop the triggers and write.</summary>
    private Task<int> WithoutTriggersAsync(FormattableString sql) => InDatabaseAsync(async db =>
    {
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete;");
        return await db.Database.ExecuteSqlAsync(sql);
    });

    private async Task<T> InDatabaseAsync<T>(Func<LegalAidDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
