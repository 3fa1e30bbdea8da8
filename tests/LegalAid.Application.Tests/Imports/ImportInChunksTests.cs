using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

/// <summary>An import that writes one case at a time (Import:CasesPerSave = 1), so that every file here spans chunks.</summary>
public sealed class ImportInChunksTests() : ImportTest(new Dictionary<string, string?> { [$"{ImportOptions.Section}:{nameof(ImportOptions.CasesPerSave)}"] = "1" })
{
    private static readonly Dictionary<ImportField, string>[] FirstRows = [ImportFile.Row(), ImportFile.OtherRow(), ThirdPerson()];

    [Fact]
    public async Task ALaterFile_AddsEachRowToTheCaseAlreadyThere_ChunkByChunk()
    {
        await ImportAsync(ImportFile.Utf8(FirstRows));
        var closing = ThirdPerson("13.03.2026");
        closing[ImportField.Outcome] = "ResolvedInFavour";
        closing[ImportField.ClosedOn] = "14.03.2026";
        var newcomer = ImportFile.Row("Жээнбеков", "Эрлан");
        newcomer[ImportField.Phone] = "+7 999 000-11-22";
        newcomer[ImportField.DateOfBirth] = "02.02.1988";

        var later = await ImportAsync(ImportFile.Utf8([.. FirstRows, ImportFile.Row(date: "12.03.2026"), ImportFile.OtherRow("12.03.2026"), closing, newcomer]), "клиенты-март.csv");

        Assert.Equal((3, 4, 3, 1), (later.AlreadyImported, later.Consultations, later.ExistingCases, later.NewCases));
        var cases = await App.InDatabaseAsync(db => db.Cases.Include(c => c.Consultations).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([2, 2, 2, 1], cases.Select(c => c.Consultations.Count));
        Assert.Equal([CaseStatus.Open, CaseStatus.Open, CaseStatus.Closed, CaseStatus.Open], cases.Select(c => c.Status));
        Assert.All(cases, c => Assert.All(c.Consultations, consultation => Assert.Equal(c.ClientId, consultation.ClientId)));
        var keys = await App.InDatabaseAsync(db => db.ImportedRows.AsNoTracking().ToListAsync());
        Assert.Equal(7, keys.Count);
        Assert.All(keys, key => Assert.Contains(cases, c => c.Id == key.CaseId && c.Consultations.Any(consultation => consultation.Id == key.ConsultationId)));
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    [Fact]
    public async Task ALaterFile_DoesNotCloseACaseBeforeAConsultationAlreadyThere()
    {
        await ImportAsync(ImportFile.Utf8([ThirdPerson("10.03.2026"), ThirdPerson("13.03.2026")]));
        var closing = ThirdPerson("11.03.2026");
        closing[ImportField.Outcome] = "ResolvedInFavour";
        closing[ImportField.ClosedOn] = "11.03.2026";
        using var _ = ReportLanguage.Use("ru");

        var (_, report) = await CheckAsync(ImportFile.Utf8([closing]), "клиенты-март.csv");

        Assert.Equal(1, report.Rejected);
        Assert.Contains("Последняя консультация по делу была 13.03.2026", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Open, await App.InDatabaseAsync(db => db.Cases.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task ShouldWriteNothingWhenTheDatabaseRefusesARowInALaterChunk()
    {
        await ImportAsync(ImportFile.Utf8(FirstRows));
        var before = await CountsAsync();
        var last = ThirdPerson("12.03.2026");
        last[ImportField.Summary] = "последняя строка";
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(date: "12.03.2026"), ImportFile.OtherRow("12.03.2026"), last]), "клиенты-март.csv");
        await App.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER RefuseLastRow BEFORE INSERT ON Consultations WHEN NEW.Summary = 'последняя строка' BEGIN SELECT RAISE(ABORT, 'refused'); END"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));

        Assert.Contains("refused", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(3, await App.InDatabaseAsync(db => db.ImportedRows.CountAsync()));
        Assert.Equal(ImportStatus.Checked, await App.InDatabaseAsync(db => db.DataImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }

    /// <summary>A third person, with a phone and birth date of his own.</summary>
    private static Dictionary<ImportField, string> ThirdPerson(string date = "10.03.2026")
    {
        var row = ImportFile.Row("Садыков", "Азамат", date, "16:00");
        row[ImportField.Phone] = "+7 903 777-00-11";
        row[ImportField.DateOfBirth] = "21.08.1992";
        return row;
    }
}
