using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class EditDeadlineTests : ApplicationTest
{
    [Fact]
    public async Task AHearingMoved_IsCorrected_AndAudited_ThePlaceSealedForTheClient()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(3) });
        var form = EditDeadline.From(caseId, Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines));

        var version = await App.SendAsync(form with { DueOn = App.Today.AddDays(10), DueAt = new TimeOnly(14, 15), Place = "Таганский районный суд, зал 12", Note = "Перенесено по ходатайству" });

        var deadline = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((1, 1), (version, deadline.Version));
        Assert.Equal((App.Today.AddDays(10), (TimeOnly?)new TimeOnly(14, 15), "Таганский районный суд, зал 12"), (deadline.DueOn, deadline.DueAt, deadline.Place));
        var audit = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Deadline) && e.Action == AuditAction.Updated));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
        var clientId = await App.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ClientId).SingleAsync());
        Assert.Contains("DueAt", audit.Changes, StringComparison.Ordinal);
        Assert.Contains(AuditEntry.SealedMarker, audit.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Таганский", audit.Changes, StringComparison.Ordinal);
        Assert.Equal((clientId.ToString(System.Globalization.CultureInfo.InvariantCulture), true), (audit.SealedFor, audit.Sealed is not null));
    }

    [Fact]
    public async Task AnyCaseWorkerOfTheCentre_MayCorrectIt()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        Assert.Equal(1, await App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Type = DeadlineType.DocumentDue, DueOn = App.Today }));
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        await App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Type = DeadlineType.CallBack, DueOn = App.Today.AddDays(1) });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Version = 0, Type = DeadlineType.CallBack, DueOn = App.Today.AddDays(2) }));

        Assert.Equal(App.Today.AddDays(1), Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines).DueOn);
    }

    [Fact]
    public async Task BadInput_IsRefusedByField()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Type = (DeadlineType)9, DueOn = null, Place = "Суд\u202Eзал" }));

        Assert.Equal(["DueOn", "Place", "Type"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task AnotherCentresDeadline_IsNotFound()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today });
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new EditDeadline { CaseId = caseId, DeadlineId = id, Type = DeadlineType.CallBack, DueOn = App.Today }));
    }

    [Fact]
    public async Task ADeadlineKeptFromBeforeTheRule_TakesANote_ButNoOtherDayBeforeTheCase_AndTheOpeningStillMovesBack()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = new DateOnly(2026, 3, 5) });
        var longBefore = new DateOnly(2025, 3, 5);
        await App.InDatabaseAsync(db => db.Deadlines.Where(d => d.Id == id).ExecuteUpdateAsync(d => d.SetProperty(x => x.DueOn, longBefore)));
        var form = EditDeadline.From(caseId, Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines));

        var noted = await App.SendAsync(form with { Note = "Срок пропущен до обращения" });
        var moved = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(form with { Version = noted, DueOn = longBefore.AddDays(1) }));
        await App.SendAsync(UpdateCase.From(await App.SendAsync(new GetCase(caseId))) with { OpenedOn = new DateOnly(2026, 3, 1) });

        Assert.Equal("DueOn", Assert.Single(moved.Errors.Keys));
        var @case = await App.SendAsync(new GetCase(caseId));
        Assert.Equal((longBefore, "Срок пропущен до обращения", new DateOnly(2026, 3, 1)), (Assert.Single(@case.Deadlines).DueOn, @case.Deadlines.Single().Note, @case.OpenedOn));
    }
}
