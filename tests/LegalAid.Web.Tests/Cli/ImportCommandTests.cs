using System.Text;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Cli;

/// <summary><c>import --centre MOW FILE [--dry-run]</c> run in-process, as the console operator, against a database of its own.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private const string Header = "Фамилия;Имя;Пол;Дата рождения;Гражданство;Согласие дано;Проблема;Дата консультации;Канал;Юрист;Длительность, мин;Содержание";
    private const string First = "Үсөнбаев;Нурлан;М;17.05.1990;Кыргызстан;01.03.2026;unpaid-wages;10.03.2026;Лично;Иванова Елена;45;Консультация по зарплате";
    private const string Second = "Үсөнбаев;Нурлан;М;17.05.1990;Кыргызстан;01.03.2026;unpaid-wages;12.03.2026;Телефон;Иванова Елена;20;Консультация по зарплате";
    private const string Impossible = "Мамытова;Айгүл;Ж;1995;Кыргызстан;01.03.2026;unpaid-wages;31.02.2026;Лично;Иванова Елена;30;Консультация по зарплате";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-cli-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;

    public async ValueTask InitializeAsync()
    {
        services = ConsoleServices.Build(folder);
        await RunAsync("migrate");
        await InDatabaseAsync(db =>
        {
            db.StaffMembers.Add(new StaffMember("Иванова Елена", 1));
            return db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task ADryRun_ReportsEveryProblemByRowAndColumnAndCreatesNothing()
    {
        var file = Write("клиенты.csv", Header, First, Impossible);

        var run = await RunAsync("import", "--centre", "mow", file, "--dry-run");

        Assert.Equal(1, run.Exit);
        Assert.Contains("Read CSV, UTF-8, fields separated by ';'.", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 rows: 1 to import, 1 rejected, 0 imported before.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Row 3, Дата консультации: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Dry run: nothing was imported.", run.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, await InDatabaseAsync(db => db.Clients.CountAsync()));
        Assert.Null(await InDatabaseAsync(db => db.DataImports.Select(i => i.Content).SingleAsync()));
    }

    [Fact]
    public async Task AnImport_CreatesTheRecordsOnce()
    {
        var file = Write("клиенты.csv", Header, First, Second);

        var run = await RunAsync("import", "--centre", "MOW", file);
        var again = await RunAsync("import", "--centre", "MOW", file);

        Assert.Equal((0, 0), (run.Exit, again.Exit));
        Assert.EndsWith("Imported 2 consultations: 1 new clients, 1 new cases; 0 rows were imported before, 0 rejected rows skipped.", run.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("Imported 0 consultations: 0 new clients, 0 new cases; 2 rows were imported before, 0 rejected rows skipped.", again.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal((1, 1, 2), await InDatabaseAsync(async db => (await db.Clients.CountAsync(), await db.Cases.CountAsync(), await db.Consultations.CountAsync())));
        Assert.Equal("Үсөнбаев", await InDatabaseAsync(db => db.Clients.Select(c => c.Name.FamilyName).SingleAsync()));
        Assert.Equal(2, await InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Imported && e.UserName == ConsoleOperator.Name)));
    }

    [Fact]
    public async Task RejectedRows_StopTheImportUnlessSkippedAndGoToTheRejectsFile()
    {
        var file = Write("клиенты.csv", Header, First, Impossible);
        var rejects = Path.Combine(folder, "rejected.csv");

        var refused = await RunAsync("import", "--centre", "MOW", file);
        var skipped = await RunAsync("import", "--centre", "MOW", file, "--skip-rejected", "--rejects", rejects);

        Assert.Equal(1, refused.Exit);
        Assert.EndsWith("Nothing was imported: 1 rows are rejected. Put them right, or import the others with --skip-rejected.", refused.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, skipped.Exit);
        Assert.Equal(1, await InDatabaseAsync(db => db.Consultations.CountAsync()));
        var lines = File.ReadAllLines(rejects, Encoding.UTF8);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Мамытова,Айгүл,Ж,1995,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCentreOrFile_IsRefused()
    {
        var file = Write("клиенты.csv", Header, First);

        var centre = await RunAsync("import", "--centre", "XYZ", file);
        var missing = await RunAsync("import", "--centre", "MOW", Path.Combine(folder, "нет.csv"));

        Assert.Equal((1, "There is no centre XYZ."), (centre.Exit, centre.Error.Trim()));
        Assert.Equal(1, missing.Exit);
        Assert.StartsWith("There is no file ", missing.Error, StringComparison.Ordinal);
        Assert.Equal(0, await InDatabaseAsync(db => db.DataImports.CountAsync()));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliCommands.RunAsync(services, args, TextReader.Null, output, error);
        return (exit, output.ToString(), error.ToString());
    }

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
