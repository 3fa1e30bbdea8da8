using System.Text;
using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.GetImportRejects;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class RunImportTests : ImportTest
{
    [Fact]
    public async Task ShouldCreateTheClientTheCaseAndTheConsultationsOfTheRows()
    {
        var second = ImportFile.Row(date: "12.03.2026", time: "10:00");
        second[ImportField.Channel] = "Телефон";
        var report = await ImportAsync(ImportFile.Utf8([ImportFile.Row(), second]));

        Assert.Equal((1, 1, 2), (report.NewClients, report.NewCases, report.Consultations));
        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync());
        Assert.Equal(("Үсөнбаев", "Нурлан", "Өмүрбекович"), (client.Name.FamilyName, client.Name.GivenName, client.Name.Patronymic));
        var @case = await App.InDatabaseAsync(db => db.Cases.Include(c => c.Consultations).SingleAsync());
        Assert.Equal(new DateOnly(2026, 3, 10), @case.OpenedOn);
        Assert.Equal("MOW-2026-00001", @case.Number);
        Assert.Equal(App.LawyerOf[TestApp.Moscow], @case.AssignedLawyerId);
        Assert.Equal([Domain.Consultations.ConsultationChannel.InPerson, Domain.Consultations.ConsultationChannel.Phone], @case.Consultations.OrderBy(c => c.HeldAtUtc).Select(c => c.Channel));
        Assert.Equal("MOW-2026-00001", report.RowPlans[0].CaseNumber);
    }

    [Fact]
    public async Task TheImportsReport_NamesTheClientAndCaseEachRowWentTo_ThoughTheClientIsNew()
    {
        var report = await ImportAsync(ImportFile.Utf8([ImportFile.Row()]));

        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync());
        var plan = Assert.Single(report.RowPlans);
        Assert.Equal((client.Id, "MOW-2026-00001"), (plan.ClientId, plan.CaseNumber));
    }

    [Fact]
    public async Task TheImportedCases_CountInTheCaseListsTotals()
    {
        await ImportAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow()]));

        var kept = (await App.SendAsync(new ListCases())).TotalCount;
        var counted = (await App.SendAsync(new ListCases(OpenedFrom: new DateOnly(2020, 1, 1)))).TotalCount;

        Assert.Equal((2, 2), (kept, counted));
    }

    [Fact]
    public async Task ShouldRefuseAFileWithRejectedRowsAndWriteNothing()
    {
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow(date: "31.02.2026")]));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));

        Assert.Contains("1", error.Errors[nameof(RunImport.SkipRejected)][0], StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync());
        Assert.Equal(ImportStatus.Checked, await App.InDatabaseAsync(db => db.DataImports.Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task ShouldImportTheOtherRowsWhenToldToSkipTheRejectedOnesAndOfferThoseForDownload()
    {
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow(date: "31.02.2026")]));

        var report = await App.SendAsync(new RunImport(id, SkipRejected: true));

        Assert.Equal((1, 1), (report.Consultations, report.Rejected));
        Assert.Equal((1, 1, 1), await CountsAsync());
        var rejects = await App.SendAsync(new GetImportRejects(id));
        Assert.Equal("клиенты-rejected.csv", rejects.FileName);
        var lines = Encoding.UTF8.GetString(rejects.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(",Ошибки", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(",,Мамытова,Айгүл,Бакытовна,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Дата консультации: Такой даты не бывает: «31.02.2026».", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldImportTheRejectedRowsOncePutRight()
    {
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow(date: "31.02.2026")]));
        await App.SendAsync(new RunImport(id, SkipRejected: true));
        var rejects = Encoding.UTF8.GetString((await App.SendAsync(new GetImportRejects(id))).Content);

        var report = await ImportAsync(Encoding.UTF8.GetBytes(rejects.Replace("31.02.2026", "28.02.2026", StringComparison.Ordinal)), "клиенты-rejected.csv");

        Assert.Equal((1, 0), (report.Consultations, report.Rejected));
        Assert.Equal(ImportProblems.UnknownColumn, Assert.Single(report.FileProblems).Code);
        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync(c => c.Name.FamilyName == "Мамытова"));
        Assert.Equal("+79265551234", client.Phone);
    }

    [Fact]
    public async Task ShouldCreateNothingWhenTheSameRowsAreImportedAgain()
    {
        await ImportAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow()]));
        var before = await CountsAsync();

        var again = await ImportAsync(ImportFile.Utf8([ImportFile.OtherRow(), ImportFile.Row()]), "клиенты-копия.csv");

        Assert.Equal((2, 0, 0), (again.AlreadyImported, again.Consultations, again.NewClients));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ShouldAddOnlyTheNewRowsOfAFileThatGrew()
    {
        await ImportAsync(ImportFile.Utf8([ImportFile.Row()]));

        var grown = await ImportAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.Row(date: "14.03.2026")]));

        Assert.Equal((1, 1, 0, 1), (grown.AlreadyImported, grown.Consultations, grown.NewCases, grown.ExistingCases));
        Assert.Equal((1, 1, 2), await CountsAsync());
    }

    [Fact]
    public async Task ShouldWriteNothingWhenTheDatabaseRefusesARowMidway()
    {
        var last = ImportFile.OtherRow();
        last[ImportField.Summary] = "последняя строка";
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.Row(date: "12.03.2026"), last]));
        await App.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER RefuseLastRow BEFORE INSERT ON Consultations WHEN NEW.Summary = 'последняя строка' BEGIN SELECT RAISE(ABORT, 'refused'); END"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));

        Assert.Contains("refused", error.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync());
        Assert.Equal(0, await App.InDatabaseAsync(db => db.ImportedRows.CountAsync()));
        Assert.Equal(ImportStatus.Checked, await App.InDatabaseAsync(db => db.DataImports.Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task ShouldWriteNothingFromABrokenFile()
    {
        var csv = ImportFile.Csv([ImportFile.Row(), ImportFile.OtherRow()]);
        var (id, report) = await CheckAsync(Encoding.UTF8.GetBytes(csv[..(csv.Length * 2 / 3)] + "\0\0\0"));

        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RunImport(id, SkipRejected: true)));

        Assert.False(report.Usable);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task ShouldAddTheRowsToTheRegisteredClientTheDuplicateRulesFind()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var registered = await App.SendAsync(Requests.RegisterClient());
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var row = ImportFile.Row("ҮСӨНБАЕВ", "нурлан");

        var report = await ImportAsync(ImportFile.Utf8([row]));

        Assert.Equal((0, 1, registered), (report.NewClients, report.ExistingClients, report.RowPlans[0].ClientId));
        Assert.Equal(registered, await App.InDatabaseAsync(db => db.Cases.Select(c => c.ClientId).SingleAsync()));
    }

    [Fact]
    public async Task ShouldRecordNothingMoreForARegisteredClientWhoWithdrewConsent()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var registered = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(new WithdrawConsent { Id = registered, Version = 0 });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row("ҮСӨНБАЕВ", "нурлан")]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((ImportProblems.ClientNotServed, registered.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Code, problem.Arguments[0]));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task ShouldLeaveAPossibleDuplicateToTheClientIdColumn()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var registered = await App.SendAsync(Requests.RegisterClient());
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var otherBirthDate = ImportFile.Row();
        otherBirthDate[ImportField.DateOfBirth] = "17.05.1991";

        var (_, doubtful) = await CheckAsync(ImportFile.Utf8([otherBirthDate]));
        otherBirthDate[ImportField.ClientId] = "новый";
        var asNew = await ImportAsync(ImportFile.Utf8([otherBirthDate]));

        var problem = Assert.Single(doubtful.Problems);
        Assert.Equal(("Номер клиента", ImportProblems.PossibleDuplicateClient, registered.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Column, problem.Code, problem.Arguments[0]));
        Assert.Equal(1, asNew.NewClients);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task ShouldCloseTheCaseWithTheOutcomeALaterRowGives()
    {
        var closing = ImportFile.Row(date: "13.03.2026");
        closing[ImportField.Outcome] = "ResolvedInFavour";
        closing[ImportField.ClosedOn] = "14.03.2026";

        await ImportAsync(ImportFile.Utf8([ImportFile.Row(), closing]));

        var @case = await App.InDatabaseAsync(db => db.Cases.SingleAsync());
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ResolvedInFavour, new DateOnly(2026, 3, 14)), (@case.Status, @case.Outcome, @case.ClosedOn));
    }

    [Fact]
    public async Task ShouldAuditTheImportWithWhatItDidAndEachRecordItCreated()
    {
        await ImportAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow()]));

        var entries = await App.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        var imported = Assert.Single(entries, e => e.Action == AuditAction.Imported);
        Assert.Contains("consultations=2; newClients=2; existingClients=0; newCases=2", imported.Details, StringComparison.Ordinal);
        Assert.Equal("coordinator.1@test", imported.UserName);
        Assert.Equal(2, entries.Count(e => e.Action == AuditAction.Created && e.EntityType == "Client"));
        Assert.Equal(2, entries.Count(e => e.Action == AuditAction.Created && e.EntityType == "Case"));
        Assert.All(entries.Where(e => e.Action == AuditAction.Created && e.EntityType == "Client"), e => Assert.NotNull(e.Sealed));
        Assert.DoesNotContain(entries, e => e.Changes?.Contains("Үсөнбаев", StringComparison.Ordinal) == true);
        App.ActAs(Roles.Administrator, null);
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    [Fact]
    public async Task ShouldNotLetAnotherCentreImportTheFile()
    {
        var (id, _) = await CheckAsync(ImportFile.Utf8([ImportFile.Row()]));
        App.ActAs(Roles.Coordinator, TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new CheckImport(id)));
        App.ActAsLawyerOf(TestApp.Moscow);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));

        Assert.Equal((0, 0, 0), await CountsAsync());
    }
}
