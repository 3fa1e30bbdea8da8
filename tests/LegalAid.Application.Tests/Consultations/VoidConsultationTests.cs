using LegalAid.Application.Audit.FindAuditEntries;
using System.Text.Json;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Application.Tests.Statistics;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Consultations;

public sealed class VoidConsultationTests : ApplicationTest
{
    private const string Reason = "Записана не в то дело: это консультация Өмүрбекова.";

    [Fact]
    public async Task AVoidedConsultation_LeavesTheTimeline_AndShowsOnlyWhenAskedFor_WithReasonAndWho()
    {
        var caseId = await OpenCaseAsync();
        var kept = await App.SendAsync(Requests.LogConsultation(caseId));
        var wrong = await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 12, 10, 0, 0) });

        var version = await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = wrong, Version = 0, Reason = Reason });

        var file = await App.SendAsync(new GetCase(caseId));
        Assert.Equal(kept, Assert.Single(file.Consultations).Id);
        // The consultation and the call back promised there.
        Assert.Equal((1, 2), (version, file.VoidedItems));
        var voided = (await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Consultations.Single(c => c.Id == wrong);
        Assert.Equal((Reason, "Юрист центра 1", (DateTime?)App.Clock.GetUtcNow().UtcDateTime), (voided.VoidReason, voided.VoidedByFullName, voided.VoidedAtUtc));
        Assert.False(voided.MayCorrect);
    }

    [Fact]
    public async Task AVoidedConsultation_IsKeptInTheAuditTrail()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(Requests.LogConsultation(caseId));

        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = id, Version = 0, Reason = Reason });

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Consultation) && e.Action == AuditAction.Updated));
        Assert.Contains("\"VoidReason\":\"sealed\"", entry.Changes, StringComparison.Ordinal);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var shown = Assert.Single((await App.SendAsync(new FindAuditEntries(EntityType: nameof(Consultation), Action: AuditAction.Updated))).Entries.Items);
        Assert.Contains("Өмүрбекова", shown.Changes.Single(c => c.Field == "VoidReason").After, StringComparison.Ordinal);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Consultations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task AVoidedConsultation_LeavesTheStatistics_ExactlyAsIfItHadNeverBeenLogged()
    {
        // Figures are kept in memory for a few minutes (the default): a change must still show at once.
        await using var app = new TestApp();
        await app.InitializeAsync();
        await StatisticsFixture.BuildAsync(app);
        var before = await QuarterAsync(app);
        var asanovsCase = await app.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Where(c => c.OpenedOn == new DateOnly(2025, 12, 20)).Select(c => c.Id).SingleAsync());
        app.ActAsLawyerOf(TestApp.Moscow);
        var extra = await app.SendAsync(Requests.LogConsultation(asanovsCase) with { HeldAt = new DateTime(2026, 3, 4, 10, 0, 0), Channel = ConsultationChannel.Hotline });
        var logged = await QuarterAsync(app);

        app.ActAsLawyerOf(TestApp.Moscow);
        await app.SendAsync(new VoidConsultation { CaseId = asanovsCase, ConsultationId = extra, Reason = "Звонок не состоялся" });
        var voided = await QuarterAsync(app);

        Assert.Equal(before.Current.Consultations + 1, logged.Current.Consultations);
        Assert.Equal(1m, Hotline(logged) - Hotline(before));
        Assert.Equal(Figures(before), Figures(voided));
    }

    [Fact]
    public async Task AVoidedConsultation_AndItsCallBack_LeaveTheDeskAndTheCaseReport()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = App.Today.AddDays(2), Summary = "Уникальная заметка для отчёта" });
        Assert.Single((await App.SendAsync(new GetDesk())).Due.Items, d => d.IsFollowUp);

        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = id, Reason = Reason });

        var desk = await App.SendAsync(new GetDesk());
        Assert.Empty(desk.Due.Items);
        Assert.Equal(0, desk.Counts.Overdue + desk.Counts.DueThisWeek + desk.Counts.DueLater);
        Assert.Empty(desk.RecentConsultations);
        Assert.Equal(Reason, Assert.Single((await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Deadlines).VoidReason);
        var report = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, "ru"))).Content));
        Assert.DoesNotContain("Уникальная заметка", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoid_NeedsAReason()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(Requests.LogConsultation(caseId));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = id, Reason = "  " }));

        Assert.Equal("Reason", Assert.Single(error.Errors.Keys));
        Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations);
    }

    [Fact]
    public async Task AStaleVoid_IsAConflict()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(EditConsultation.From(caseId, Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = id, Version = 0, Reason = Reason }));

        Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations);
    }

    private static Task<StatisticsReport> QuarterAsync(TestApp app)
    {
        app.ActAs(Roles.ProgrammeStaff, null);
        return app.SendAsync(new GetStatistics(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
    }

    private static decimal Hotline(StatisticsReport report) =>
        report.Table(StatisticsTables.ByChannel).Rows.Single(r => r.Label == "Горячая линия").Values[0];

    private static string Figures(StatisticsReport report) =>
        JsonSerializer.Serialize(new { report.Current, report.PreviousPeriod, report.YearBefore, report.Months, report.Tables });
}
