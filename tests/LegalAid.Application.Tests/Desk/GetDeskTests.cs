using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Desk;

public sealed class GetDeskTests : ApplicationTest
{
    [Fact]
    public async Task AnEarlierFollowUp_StaysDueAfterALaterConsultationWithoutOne_UntilMarkedDone()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = App.Today.AddDays(2) });

        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 14, 10, 0, 0), FollowUpOn = null });

        var desk = await App.SendAsync(new GetDesk());
        var followUp = Assert.Single(desk.Due.Items);
        Assert.True(followUp.IsFollowUp);
        Assert.True(Assert.Single(desk.OpenCases.Items).NextIsFollowUp);
        Assert.Equal(DeadlineType.CallBack, followUp.DeadlineType);
        Assert.Equal(App.Today.AddDays(2), followUp.DueOn);
        Assert.Equal(2, desk.RecentConsultations.Count);

        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = followUp.DeadlineId });
        Assert.Empty((await App.SendAsync(new GetDesk())).Due.Items);
    }

    [Fact]
    public async Task ADueItem_CarriesTheVersionToMarkItDone()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(1) });
        await App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(2) });

        var due = Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = due.DeadlineId, Version = due.DeadlineVersion });

        Assert.Equal(1, due.DeadlineVersion);
        Assert.Empty((await App.SendAsync(new GetDesk())).Due.Items);
    }

    [Fact]
    public async Task AFollowUpLongOverdue_StaysOnTheDesk()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = new DateOnly(2026, 3, 11) });

        App.Clock.Advance(TimeSpan.FromDays(200));

        var due = Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);
        Assert.True(due.IsOverdue);
    }

    [Fact]
    public async Task OpenCasesWithNothingPending_CountAsOpen_WithNothingDue()
    {
        var caseId = await OpenCaseAsync();
        var deadline = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(-1) });
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = deadline });

        var desk = await App.SendAsync(new GetDesk());

        Assert.Equal(new DeskCounts(1, Overdue: 0, DueToday: 0, DueThisWeek: 0, DueLater: 0, TransfersAwaitingMe: 0), desk.Counts);
        Assert.Null(Assert.Single(desk.OpenCases.Items).NextDueOn);
    }

    [Fact]
    public async Task ACasesNextDueDay_FollowsItsPendingDeadlines_ThroughEveryChange()
    {
        var caseId = await OpenCaseAsync();
        async Task<DateOnly?> NextDueOn() => Assert.Single((await App.SendAsync(new GetDesk())).OpenCases.Items).NextDueOn;
        var day = (int days) => App.Today.AddDays(days);

        var later = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = day(5) });
        var sooner = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = day(2) });
        Assert.Equal(day(2), await NextDueOn());

        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = sooner });
        Assert.Equal(day(5), await NextDueOn());

        var version = await App.SendAsync(new ReopenDeadline { CaseId = caseId, DeadlineId = sooner, Version = 1 });
        Assert.Equal(day(2), await NextDueOn());

        await App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = sooner, Version = version, Type = DeadlineType.CallBack, DueOn = day(9) });
        Assert.Equal(day(5), await NextDueOn());

        await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = later, Reason = "Документы больше не нужны" });
        Assert.Equal(day(9), await NextDueOn());

        var consultation = await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = day(1) });
        Assert.Equal(day(1), await NextDueOn());

        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = consultation, Reason = "Записана не в то дело" });
        Assert.Equal(day(9), await NextDueOn());
    }

    [Fact]
    public async Task TwentyEightOpenCases_AreAllOnTheDesk_PagedAndSortedByTheNextThingDue()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var cases = new List<int>();
        for (var i = 0; i < 28; i++)
        {
            cases.Add((await App.SendAsync(Requests.OpenCase(clientId) with { OpenedOn = new DateOnly(2025, 1, 1).AddDays(i) })).Id);
        }

        // The oldest case has the nearest deadline (and a later one); two others have later ones; the rest have none.
        await App.SendAsync(new AddDeadline { CaseId = cases[0], Type = DeadlineType.AppealDeadline, DueOn = App.Today.AddDays(60) });
        await App.SendAsync(new AddDeadline { CaseId = cases[0], Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(1) });
        await App.SendAsync(new AddDeadline { CaseId = cases[27], Type = DeadlineType.AppealDeadline, DueOn = App.Today.AddDays(30) });
        await App.SendAsync(new AddDeadline { CaseId = cases[13], Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(-3) });

        var first = await App.SendAsync(new GetDesk(PageNumber: 1, PageSize: 20));
        var second = await App.SendAsync(new GetDesk(PageNumber: 2, PageSize: 20));

        Assert.Equal(new DeskCounts(28, Overdue: 1, DueToday: 0, DueThisWeek: 1, DueLater: 2, TransfersAwaitingMe: 0), first.Counts);
        Assert.Equal(28, first.OpenCases.TotalCount);
        Assert.Equal(20, first.OpenCases.Items.Count);
        Assert.Equal(8, second.OpenCases.Items.Count);
        var all = first.OpenCases.Items.Concat(second.OpenCases.Items).ToList();
        Assert.Equal(cases.Order(), all.Select(c => c.Id).Order());
        Assert.Equal([cases[13], cases[0], cases[27]], all.Take(3).Select(c => c.Id));
        Assert.True(all[0].NextIsOverdue);
        Assert.Equal(DeadlineType.CourtHearing, all[1].NextDueType);
        Assert.False(all[1].NextIsFollowUp);
        Assert.Equal([1, 2, 1], all.Take(3).Select(c => c.PendingCount));
        Assert.All(all.Skip(3), c => Assert.Null(c.NextDueOn));
        Assert.Equal(cases.Where(id => id != cases[0] && id != cases[13] && id != cases[27]), all.Skip(3).Select(c => c.Id));
        Assert.Equal(2, first.Due.Items.Count);
    }

    [Fact]
    public async Task YearsOfDeadlinesNeverMarkedDone_AreAllReachable_FiftyAPageMostUrgentFirst()
    {
        var caseId = await OpenCaseLongAgoAsync();
        var dueDates = Enumerable.Range(0, GetDesk.DuePageSize + 5).Select(i => App.Today.AddDays(-60 + i)).ToList();
        foreach (var dueOn in dueDates.AsEnumerable().Reverse())
        {
            await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = dueOn });
        }

        var first = await App.SendAsync(new GetDesk());
        var second = await App.SendAsync(new GetDesk(DuePage: 2));

        Assert.Equal(dueDates.Count, first.Counts.Overdue);
        Assert.Equal((dueDates.Count, 2), (first.Due.TotalCount, first.Due.TotalPages));
        Assert.Equal(dueDates.Take(GetDesk.DuePageSize), first.Due.Items.Select(d => d.DueOn));
        Assert.Equal(dueDates.Skip(GetDesk.DuePageSize), second.Due.Items.Select(d => d.DueOn));
    }

    [Fact]
    public async Task WhatIsDueToday_IsCountedMarkedAndFound_BehindAPageOfOverdueItems()
    {
        var caseId = await OpenCaseLongAgoAsync();
        foreach (var daysAgo in Enumerable.Range(1, GetDesk.DuePageSize + 5))
        {
            await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(-daysAgo) });
        }

        var hearing = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today });
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today.AddDays(1) });

        var first = await App.SendAsync(new GetDesk());
        var page = await App.SendAsync(new GetDesk(DuePage: first.DueTodayPage));

        Assert.Equal(new DeskCounts(1, Overdue: GetDesk.DuePageSize + 5, DueToday: 1, DueThisWeek: 2, DueLater: 0, TransfersAwaitingMe: 0), first.Counts);
        Assert.Equal(2, first.DueTodayPage);
        Assert.DoesNotContain(first.Due.Items, d => d.IsDueToday);
        var today = Assert.Single(page.Due.Items, d => d.IsDueToday);
        Assert.Equal(hearing, today.DeadlineId);
        Assert.False(today.IsOverdue);
    }

    [Fact]
    public async Task DueItemsOfManyCases_ArePagedInDueOrder_WhateverCaseHoldsThem()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var added = new List<(DateOnly DueOn, int CaseId, int Id)>();
        async Task AddAsync(int caseId, int daysAgo) =>
            added.Add((App.Today.AddDays(-daysAgo), caseId, await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(-daysAgo) })));
        var cases = new List<int>();
        for (var i = 0; i < GetDesk.DuePageSize + 5; i++)
        {
            cases.Add((await App.SendAsync(Requests.OpenCase(clientId) with { OpenedOn = LongAgo })).Id);
            await AddAsync(cases[^1], 100 - (i * 7 % (GetDesk.DuePageSize + 5)));
        }

        // The first case also holds deadlines due on the 50th case's next due day and later, that fall on either page.
        foreach (var daysAgo in new[] { 100 - GetDesk.DuePageSize + 1, 100 - GetDesk.DuePageSize, 50 })
        {
            await AddAsync(cases[0], daysAgo);
        }

        var first = await App.SendAsync(new GetDesk());
        var second = await App.SendAsync(new GetDesk(DuePage: 2));

        var expected = added.OrderBy(d => d.DueOn).ThenBy(d => d.CaseId).ThenBy(d => d.Id).Select(d => d.Id).ToList();
        Assert.Equal(expected.Take(GetDesk.DuePageSize), first.Due.Items.Select(d => d.DeadlineId));
        Assert.Equal(expected.Skip(GetDesk.DuePageSize), second.Due.Items.Select(d => d.DeadlineId));
    }

    [Fact]
    public async Task APageBeyondTheLimits_IsRefusedByName()
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetDesk(PageNumber: 0)));
        Assert.Contains(nameof(GetDesk.PageNumber), refused.Errors.Keys);

        refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetDesk(DuePage: 0)));
        Assert.Contains(nameof(GetDesk.DuePage), refused.Errors.Keys);

        refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetDesk(PageNumber: 21474838, PageSize: 100, DuePage: 42949674)));
        Assert.Equal([nameof(GetDesk.DuePage), nameof(GetDesk.PageNumber)], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(TestApp.Chelyabinsk, true)]
    [InlineData(TestApp.Moscow, false)]
    public async Task ADeadline_IsOverdueOnceItsDayHasPassedAtTheCentre(int centre, bool overdue)
    {
        App.ActAsLawyerOf(centre);
        var caseId = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = new DateOnly(2026, 3, 15) });

        // 01:30 on the 16th in Chelyabinsk, 23:30 on the 15th in Moscow.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 30, 0, TimeSpan.Zero));
        var due = Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);

        Assert.Equal(overdue, due.IsOverdue);
    }

    /// <summary>Before every deadline these tests date in the past: a deadline is dated within its case.</summary>
    private static readonly DateOnly LongAgo = new(2025, 9, 1);

    private async Task<int> OpenCaseLongAgoAsync() =>
        (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())) with { OpenedOn = LongAgo })).Id;
}
