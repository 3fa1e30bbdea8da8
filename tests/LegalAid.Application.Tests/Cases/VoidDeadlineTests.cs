using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class VoidDeadlineTests : ApplicationTest
{
    [Fact]
    public async Task AVoidedDeadline_LeavesTheDeskAndTheCaseFile_ButShowsWhenAskedFor()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(1) });
        Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);

        await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Reason = "Заседание отменено судом" });

        Assert.Empty((await App.SendAsync(new GetDesk())).Due.Items);
        Assert.Empty((await App.SendAsync(new GetCase(caseId))).Deadlines);
        var voided = Assert.Single((await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Deadlines);
        Assert.Equal(("Заседание отменено судом", false, false), (voided.VoidReason, voided.IsUpcomingHearing, voided.IsOverdue));
    }

    [Fact]
    public async Task AVoidedHearing_NoLongerHoldsUpClosing()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(1) });
        await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Reason = "Заседание отменено судом" });

        Assert.Equal(1, await App.SendAsync(new CloseCase { Id = caseId, Outcome = CaseOutcome.AdviceOnly }));
    }

    [Fact]
    public async Task AVoidedDeadline_CannotBeMarkedDoneOrVoidedAgain()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        var version = await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Reason = "Ошибка" });

        var done = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id, Version = version }));
        Assert.Equal([Messages.AlreadyVoided], done.Errors.Single().Value);
        var again = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Version = version, Reason = "Ещё раз" }));
        Assert.Equal([Messages.AlreadyVoided], again.Errors.Single().Value);
    }

    [Fact]
    public async Task SomeoneWhoVoidsOrEditsADeadlineAnotherJustVoided_IsToldItChanged_NotThatItIsGone()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(3) });
        await App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Reason = "Заседание отменено" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Reason = "Отменено" }));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(4) }));
        var voided = Assert.Single((await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Deadlines);
        Assert.Equal(("Заседание отменено", App.Today.AddDays(3)), (voided.VoidReason, voided.DueOn));
    }

    [Fact]
    public async Task ReadingPastTheVoidedFilter_StillKeepsToTheCentre()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Reason = "Чужое дело" }));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = id }));
        App.ActAsLawyerOf(TestApp.Moscow);
        Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines, d => !d.IsDone);
    }

    [Fact]
    public async Task AVoid_NeedsAReason_AndTheVersionRead()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });

        Assert.Equal("Reason", Assert.Single((await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id }))).Errors.Keys));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new VoidDeadline { CaseId = caseId, DeadlineId = id, Version = 3, Reason = "Ошибка" }));
        Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
    }
}
