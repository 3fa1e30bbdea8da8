using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class CompleteDeadlineTests : ApplicationTest
{
    [Fact]
    public async Task MarkingDone_GivesTheDeadlinesNewVersion()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });

        var version = await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id, Version = 0 });

        var deadline = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((1, true, (DateOnly?)App.Today), (version, deadline.IsDone, deadline.DoneOn));
    }

    [Fact]
    public async Task ADeadlineMovedMeanwhile_IsNotMarkedDoneFromTheOldView()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today });
        await App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(14) });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id, Version = 0 }));

        var deadline = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((false, App.Today.AddDays(14)), (deadline.IsDone, deadline.DueOn));
    }

    [Fact]
    public async Task ASecondClickOnDone_IsToldTheDeadlineIsDone_NotThatSomeoneChangedIt()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id, Version = 0 });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id, Version = 0 }));

        Assert.Equal(Messages.DeadlineAlreadyDone, Assert.Single(error.Errors[string.Empty]));
    }
}
