using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class ReopenDeadlineTests : ApplicationTest
{
    [Fact]
    public async Task UndoingDone_PutsTheDeadlineBackOnTheDesk()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = App.Today.AddDays(2) });
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id });
        Assert.Empty((await App.SendAsync(new GetDesk())).Due.Items);

        var version = await App.SendAsync(new ReopenDeadline { CaseId = caseId, DeadlineId = id, Version = 1 });

        var deadline = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((2, false, (DateOnly?)null), (version, deadline.IsDone, deadline.DoneOn));
        Assert.Equal(id, Assert.Single((await App.SendAsync(new GetDesk())).Due.Items).DeadlineId);
    }

    [Fact]
    public async Task APendingDeadline_HasNothingToUndo()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = App.Today });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReopenDeadline { CaseId = caseId, DeadlineId = id }));

        Assert.Equal("Срок не отмечен выполненным.", Assert.Single(error.Errors.Values.SelectMany(m => m)));
    }

    [Fact]
    public async Task AStaleUndo_IsAConflict()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = App.Today });
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new ReopenDeadline { CaseId = caseId, DeadlineId = id, Version = 0 }));
    }
}
