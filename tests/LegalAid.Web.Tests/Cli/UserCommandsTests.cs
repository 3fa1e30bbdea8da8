using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Cli;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Cli;

/// <summary><c>users add|lock|unlock|list</c> run in-process, as the console operator, against a database of their own.</summary>
public sealed class UserCommandsTests : IAsyncLifetime
{
    private const string Password = "Жёлтый трамвай едет по кольцу";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-cli-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;

    public ValueTask InitializeAsync()
    {
        services = ConsoleServices.Build(folder);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task AddingALawyer_CreatesTheAccountAndItsStaffMemberAndPrintsAOneTimePassword()
    {
        var run = await RunAsync(null, "users", "add", "--email", "a.usonbaeva@centre.org", "--role", "Lawyer", "--centre", "kzn", "--name", "Айгүл Үсөнбаева");

        Assert.Equal((0, string.Empty), (run.Exit, run.Error));
        Assert.Matches(@"^Created a\.usonbaeva@centre\.org\. One-time password \(must be changed at first sign-in\): \S{12,}\r?\n$", run.Output);
        var user = await InDatabaseAsync(db => db.Users.SingleAsync());
        var staff = await InDatabaseAsync(db => db.StaffMembers.SingleAsync(s => s.Id == user.StaffMemberId));
        Assert.Equal(("Айгүл Үсөнбаева", (int?)2, true), (staff.FullName, user.CentreId, user.MustChangePassword));
        Assert.Contains(await InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == "Account").Select(e => new { e.Action, e.UserName }).ToListAsync()),
            e => e.Action == AuditAction.Created && e.UserName == ConsoleOperator.Name);
    }

    [Fact]
    public async Task APasswordFromStandardInput_IsTheAccountsPassword()
    {
        var run = await RunAsync(Password + "\n", "users", "add", "--email", "admin@centre.org", "--role", "Administrator", "--password-stdin");

        Assert.Equal((0, "Created admin@centre.org."), (run.Exit, run.Output.Trim()));
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync("admin@centre.org"))!;
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(user.MustChangePassword);
    }

    [Fact]
    public async Task ARefusedPassword_LeavesNoAccountAndNoStaffMember()
    {
        var run = await RunAsync("short\n", "users", "add", "--email", "c.d@centre.org", "--role", "Coordinator", "--centre", "MOW", "--password-stdin");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("Password: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await InDatabaseAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await InDatabaseAsync(db => db.StaffMembers.CountAsync()));
    }

    [Theory]
    [InlineData("Lawyer", null, "CentreId: ")]
    [InlineData("Donor", "MOW", "CentreId: ")]
    [InlineData("Lawyer", "XYZ", "There is no centre XYZ.")]
    public async Task AMissingOrWrongCentre_IsRefused(string role, string? centre, string message)
    {
        string[] args = ["users", "add", "--email", "e.f@centre.org", "--role", role, .. centre is null ? Array.Empty<string>() : ["--centre", centre]];

        var run = await RunAsync(null, args);

        Assert.Equal(1, run.Exit);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await InDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task LockingAndUnlocking_ShowInTheList()
    {
        await RunAsync(null, "users", "add", "--email", "a.b@centre.org", "--role", "Lawyer", "--centre", "CHE");
        await RunAsync(null, "users", "add", "--email", "programme@centre.org", "--role", "ProgrammeStaff");

        var locked = await RunAsync(null, "users", "lock", "--email", "A.B@centre.org");
        var listedLocked = await RunAsync(null, "users", "list");
        var unlocked = await RunAsync(null, "users", "unlock", "--email", "a.b@centre.org");
        var listedUnlocked = await RunAsync(null, "users", "list");

        Assert.Equal((0, "Locked a.b@centre.org."), (locked.Exit, locked.Output.Trim()));
        Assert.Equal((0, "Unlocked a.b@centre.org."), (unlocked.Exit, unlocked.Output.Trim()));
        Assert.Equal(
            ["a.b@centre.org Lawyer 3 locked", "programme@centre.org ProgrammeStaff - active"],
            Lines(listedLocked.Output));
        Assert.Equal(
            ["a.b@centre.org Lawyer 3 active", "programme@centre.org ProgrammeStaff - active"],
            Lines(listedUnlocked.Output));
    }

    [Fact]
    public async Task LockingAnUnknownAccount_IsRefused()
    {
        await RunAsync(null, "migrate");

        var run = await RunAsync(null, "users", "lock", "--email", "nobody@centre.org");

        Assert.Equal((1, "There is no account nobody@centre.org."), (run.Exit, run.Error.Trim()));
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliCommands.RunAsync(services, args, new StringReader(input ?? string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<T> InDatabaseAsync<T>(Func<LegalAidDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>());
    }

    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
