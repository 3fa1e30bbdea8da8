using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class CloseCaseTests : ApplicationTest
{
    [Fact]
    public async Task ShouldCloseWithOutcomeAndMoneyRecovered()
    {
        var id = await OpenCaseAsync();

        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = new DateOnly(2026, 3, 14), AmountRecovered = 120000.50m });

        var @case = await App.SendAsync(new GetCase(id));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(CaseOutcome.ResolvedInFavour, @case.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 14), @case.ClosedOn);
        Assert.Equal(120000.50m, @case.AmountRecovered);
        Assert.Equal(1, @case.Version);
    }

    [Fact]
    public async Task ShouldCloseTodayWhenNoDateIsGiven()
    {
        var id = await OpenCaseAsync();

        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly });

        Assert.Equal(App.Today, (await App.SendAsync(new GetCase(id))).ClosedOn);
    }

    [Fact]
    public async Task ShouldRefuseToCloseWithoutAnOutcome()
    {
        var id = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new CloseCase { Id = id, Version = 0 }));

        Assert.Equal("Outcome", Assert.Single(error.Errors.Keys));
        Assert.Equal(CaseStatus.Open, (await App.SendAsync(new GetCase(id))).Status);
    }

    [Fact]
    public async Task ShouldRefuseAClosingDateBeforeTheOpening()
    {
        var id = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 3, 1) }));

        Assert.Equal("ClosedOn", Assert.Single(error.Errors.Keys));
        Assert.Contains("раньше", error.Errors["ClosedOn"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAClosingDateBeforeTheCasesLastConsultationOrItsReopening_NamingThatDay()
    {
        using var _ = ReportLanguage.Use("ru");
        var id = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(id) with { FollowUpOn = null });

        var beforeConsultation = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 3, 9) }));
        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 3, 10) });
        await App.SendAsync(new ReopenCase { Id = id, Version = 1, ReopenedOn = new DateOnly(2026, 3, 13) });
        var beforeReopening = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CloseCase { Id = id, Version = 2, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 3, 12) }));

        Assert.Equal(["Последняя консультация по делу была 10.03.2026: дата закрытия не может быть раньше."], beforeConsultation.Errors["ClosedOn"]);
        Assert.Equal(["Дело открыто заново 13.03.2026: дата закрытия не может быть раньше."], beforeReopening.Errors["ClosedOn"]);
        Assert.Equal(CaseStatus.Open, (await App.SendAsync(new GetCase(id))).Status);
    }

    [Fact]
    public async Task ShouldRefuseAStaleClose()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly });
        await App.SendAsync(new ReopenCase { Id = id, Version = 1 });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.NotResolved }));

        Assert.Equal(CaseStatus.Open, (await App.SendAsync(new GetCase(id))).Status);
    }

    [Fact]
    public async Task ShouldSayNotFoundForAnUnknownCase() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new CloseCase { Id = 404, Version = 0, Outcome = CaseOutcome.AdviceOnly }));

    [Fact]
    public async Task AHearingAhead_AsksForAConfirmation()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = App.Today, DueAt = new TimeOnly(16, 0) });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly }));

        Assert.Equal("ConfirmUpcomingHearing", Assert.Single(error.Errors.Keys));
        Assert.Equal(CaseStatus.Open, (await App.SendAsync(new GetCase(id))).Status);
        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly, ConfirmUpcomingHearing = true });
        Assert.Equal(CaseStatus.Closed, (await App.SendAsync(new GetCase(id))).Status);
    }

    [Fact]
    public async Task NoOutcome_AHearingAhead_AndAClosingDateBeforeTheOpening_AreAllSaidAtOnce()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(7) });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CloseCase { Id = id, Version = 0, ClosedOn = new DateOnly(2026, 3, 1) }));

        Assert.Equal(["ClosedOn", "ConfirmUpcomingHearing", "Outcome"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Выберите результат дела."], error.Errors["Outcome"]);
    }

    [Fact]
    public async Task AHearingThatIsOverOrDone_AsksNothing()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(-1) });
        var done = await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(5) });
        await App.SendAsync(new CompleteDeadline { CaseId = id, DeadlineId = done });

        Assert.Equal(1, await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.AdviceOnly }));
    }
}
