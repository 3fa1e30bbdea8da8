using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.ConfirmImportMappings;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Imports;
using LegalAid.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

/// <summary>
/// The example files of docs/import (see docs/import.md), two of them saved by LibreOffice Calc as a Russian centre
/// saves its spreadsheet (docs/import/make-examples.sh), imported by the Moscow centre, whose lawyers they name.
/// </summary>
public sealed class ImportExamplesTests : ImportTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await App.InDatabaseAsync(db =>
        {
            db.StaffMembers.AddRange(new StaffMember("Иванова Елена Сергеевна", TestApp.Moscow), new StaffMember("Петров Алексей Викторович", TestApp.Moscow));
            return db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task TheLibreOfficeWindows1251File_KeepsWhatWindows1251Holds_AndNamesEveryLetterItLost()
    {
        var (id, report) = await CheckAsync(Example("example-ru-libreoffice-1251.csv"), "example-ru-libreoffice-1251.csv");

        Assert.Equal(("CSV", "Windows-1251", ";"), (report.Format, report.Encoding, report.Separator));
        Assert.Equal(
            [(2, "Фамилия"), (2, "Отчество"), (3, "Фамилия"), (3, "Отчество"), (4, "Фамилия"), (4, "Отчество"), (5, "Имя"), (7, "Фамилия")],
            report.Problems.Where(p => p.Code == ImportProblems.LostCharacters).Select(p => (p.Row, p.Column!)));
        var imported = await App.SendAsync(new RunImport(id, SkipRejected: true));

        Assert.Equal((2, 2), (imported.NewClients, imported.Consultations));
        var clients = await App.InDatabaseAsync(db => db.Clients.OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(["Жээнбеков Мирлан Таалайбекович", "Юсупова Дилноза Рахимовна"], clients.Select(c => $"{c.Name.FamilyName} {c.Name.GivenName} {c.Name.Patronymic}"));
        Assert.Equal((1988, null), (clients[0].BirthYear, clients[0].BirthDate));
        Assert.Equal(new DateOnly(1998, 4, 2), clients[1].BirthDate);
    }

    [Fact]
    public async Task TheLibreOfficeUtf8File_KeepsKyrgyzAndTajikLettersExactly()
    {
        var (id, report) = await CheckAsync(Example("example-ru-libreoffice-utf8.csv"), "example-ru-libreoffice-utf8.csv");
        Assert.Equal("трудовой спор", Assert.Single(report.Unmapped).Text);

        await App.SendAsync(new ConfirmImportMappings(id, [new(ImportValueKind.Problem, "трудовой спор", Requests.UnpaidWages)]));
        var imported = await App.SendAsync(new RunImport(id, SkipRejected: false));

        Assert.Equal((5, 5, 7), (imported.NewClients, imported.NewCases, imported.Consultations));
        var names = await App.InDatabaseAsync(db => db.Clients.Select(c => c.Name.FamilyName + " " + c.Name.GivenName + " " + c.Name.Patronymic).ToListAsync());
        Assert.Contains("Үсөнбаев Нурлан Өмүрбекович", names);
        Assert.Contains("Мамытова Айгүл Бакытовна", names);
        Assert.Contains("Тоҷиддинов Фаррух Шарифович", names);
        var usonbaev = await App.InDatabaseAsync(db => db.Cases.Include(c => c.Consultations).Include(c => c.Client).SingleAsync(c => c.Client.Name.FamilyName == "Үсөнбаев"));
        Assert.Equal(new DateOnly(1990, 5, 17), usonbaev.Client.BirthDate);
        Assert.Equal((3, CaseStatus.Closed, CaseOutcome.PartiallyResolved, new DateOnly(2026, 2, 16)), (usonbaev.Consultations.Count, usonbaev.Status, usonbaev.Outcome, usonbaev.ClosedOn));
    }

    [Fact]
    public async Task TheSameRowsSavedAgainByLibreOffice_CreateNothing()
    {
        var (id, _) = await CheckAsync(Example("example-ru.csv"), "example-ru.csv");
        await App.SendAsync(new ConfirmImportMappings(id, [new(ImportValueKind.Problem, "трудовой спор", Requests.UnpaidWages)]));
        await App.SendAsync(new RunImport(id, SkipRejected: false));
        var before = await CountsAsync();

        var again = await ImportAsync(Example("example-ru-libreoffice-utf8.csv"), "example-ru-libreoffice-utf8.csv");

        Assert.Equal((7, 0), (again.AlreadyImported, again.Consultations));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task TheEnglishWorkbook_Imports()
    {
        var report = await ImportAsync(Example("example-en.xlsx"), "example-en.xlsx");

        Assert.Equal(("XLSX", 2, 3), (report.Format, report.NewClients, report.Consultations));
        var gulnara = await App.InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Name.GivenName == "Гүлнара"));
        Assert.Equal(("Сатыбалдиева", "Өмүровна", new DateOnly(1987, 6, 30)), (gulnara.Name.FamilyName, gulnara.Name.Patronymic, gulnara.BirthDate));
    }

    private static byte[] Example(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LegalAid.sln")))
            {
                return File.ReadAllBytes(Path.Combine(folder.FullName, "docs", "import", name));
            }
        }

        throw new FileNotFoundException($"No LegalAid.sln above {AppContext.BaseDirectory}, so docs/import/{name} cannot be found.");
    }
}
