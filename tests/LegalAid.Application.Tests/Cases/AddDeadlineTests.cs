using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class AddDeadlineTests : ApplicationTest
{
    [Fact]
    public async Task Deadlines_AppearOnTheCaseAndTheDeskUntilDone()
    {
        var caseId = await OpenCaseAsync();
        var hearing = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(3), Note = "Зал 5" });
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = App.Today.AddDays(-1) });
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(30) });

        var desk = await App.SendAsync(new GetDesk());
        Assert.Equal([DeadlineType.AppealDeadline, DeadlineType.CourtHearing], desk.Due.Items.Where(d => !d.IsFollowUp).Select(d => d.DeadlineType));

        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = hearing });

        var @case = await App.SendAsync(new GetCase(caseId));
        Assert.True(@case.Deadlines.Single(d => d.Id == hearing).IsDone);
        Assert.Equal(App.Today, @case.Deadlines.Single(d => d.Id == hearing).DoneOn);
        Assert.DoesNotContain((await App.SendAsync(new GetDesk())).Due.Items, d => d.DeadlineId == hearing);
    }

    [Fact]
    public async Task AHearing_HasATimeAndAPlace_OnTheCaseAndTheDesk()
    {
        var caseId = await OpenCaseAsync();

        await App.SendAsync(new AddDeadline
        {
            CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(2), DueAt = new TimeOnly(10, 30), Place = "Мещанский районный суд, зал № 5",
        });

        var deadline = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal(((TimeOnly?)new TimeOnly(10, 30), "Мещанский районный суд, зал № 5", true), (deadline.DueAt, deadline.Place, deadline.IsUpcomingHearing));
        var due = Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);
        Assert.Equal(((TimeOnly?)new TimeOnly(10, 30), "Мещанский районный суд, зал № 5"), (due.DueAt, due.Place));
    }

    [Fact]
    public async Task ADeadlineDatedLongBeforeTheCaseOpened_IsRefusedNamingTheEarliestDay()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = new DateOnly(2025, 3, 20) }));

        Assert.Equal($"Срок может быть назначен не раньше {new DateOnly(2026, 2, 23):d}: за неделю до открытия дела.", Assert.Single(error.Errors["DueOn"]));
        Assert.Empty((await App.SendAsync(new GetCase(caseId))).Deadlines);
    }
}
