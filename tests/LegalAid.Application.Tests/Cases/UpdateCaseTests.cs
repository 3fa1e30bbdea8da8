using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class UpdateCaseTests : ApplicationTest
{
    [Fact]
    public async Task ACoordinator_ShouldChangeTheDescriptionAndTheLawyer()
    {
        var id = await OpenCaseAsync();
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        await App.InDatabaseAsync(async db =>
        {
            db.StaffMembers.Add(new Domain.Staff.StaffMember("Второй юрист", TestApp.Moscow));
            return await db.SaveChangesAsync();
        });
        var second = (await App.SendAsync(new GetLookups())).Lawyers.Single(l => l.FullName == "Второй юрист").Id;

        var version = await App.SendAsync(new UpdateCase
        {
            Id = id,
            Version = 0,
            AssignedLawyerId = second,
            PrimaryCategoryId = 4,
            OtherCategoryIds = [5, 4],
            Summary = "Постановление о выдворении.",
            OpposingPartyName = "ГУ МВД России по г. Москве",
            OpposingPartyKind = OpposingPartyKind.Authority,
        });

        var @case = await App.SendAsync(new GetCase(id));
        Assert.Equal(1, version);
        Assert.Equal(second, @case.AssignedLawyerId);
        Assert.Equal(4, @case.PrimaryCategoryId);
        Assert.Equal([5], @case.OtherCategoryIds);
        Assert.Equal(OpposingPartyKind.Authority, @case.OpposingPartyKind);
        Assert.Null(@case.AmountClaimed);
    }

    [Fact]
    public async Task CorrectingTheKindOfAKnownParty_IsSaved_ForEveryCaseAgainstIt()
    {
        var first = await OpenCaseAsync();
        var second = (await App.SendAsync(Requests.OpenCase((await App.SendAsync(new GetCase(first))).ClientId))).Id;
        foreach (var (id, kind) in new[] { (first, OpposingPartyKind.RecruitmentAgency), (second, OpposingPartyKind.Employer) })
        {
            await App.SendAsync(UpdateCase.From(await App.SendAsync(new GetCase(id))) with { OpposingPartyName = "ООО «Стройинвест»", OpposingPartyKind = kind });
        }

        Assert.Equal(OpposingPartyKind.Employer, (await App.SendAsync(new GetCase(first))).OpposingPartyKind);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.OpposingParties.CountAsync(p => p.Name == "ООО «Стройинвест»")));
    }

    [Fact]
    public async Task ALawyer_ShouldNotReassignACase()
    {
        var id = await OpenCaseAsync();
        await App.InDatabaseAsync(async db =>
        {
            db.StaffMembers.Add(new Domain.Staff.StaffMember("Второй юрист", TestApp.Moscow));
            return await db.SaveChangesAsync();
        });
        var second = (await App.SendAsync(new GetLookups())).Lawyers.Single(l => l.FullName == "Второй юрист").Id;

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            App.SendAsync(new UpdateCase { Id = id, Version = 0, PrimaryCategoryId = 6, AssignedLawyerId = second }));

        Assert.Equal(App.LawyerOf[TestApp.Moscow], (await App.SendAsync(new GetCase(id))).AssignedLawyerId);
    }

    [Fact]
    public async Task ShouldRefuseAStaleEdit()
    {
        var id = await OpenCaseAsync();
        var edit = new UpdateCase { Id = id, Version = 0, PrimaryCategoryId = 6, Summary = "Первая правка" };
        await App.SendAsync(edit);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(edit with { Summary = "Вторая правка" }));

        Assert.Equal("Первая правка", (await App.SendAsync(new GetCase(id))).Summary);
    }

    [Fact]
    public async Task ShouldRefuseALawyerOfAnotherCentre()
    {
        var id = await OpenCaseAsync();

        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new UpdateCase { Id = id, Version = 0, PrimaryCategoryId = 6, AssignedLawyerId = App.LawyerOf[TestApp.Kazan] }));

        Assert.Equal("AssignedLawyerId", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task ACategoryDeactivatedSince_StaysOnItsCase_AndIsOfferedThere_ButNoOtherCaseTakesIt()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var id = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        var otherId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        await App.SendAsync(UpdateCase.From(await App.SendAsync(new GetCase(otherId))) with { PrimaryCategoryId = Requests.DocumentsAndPatent, OtherCategoryIds = [] });
        await DeactivateCategoryAsync(Requests.UnpaidWages);
        var other = await App.SendAsync(new GetCase(otherId));

        await App.SendAsync(UpdateCase.From(await App.SendAsync(new GetCase(id))) with { Summary = "Работодатель обещал заплатить в марте." });
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(UpdateCase.From(other) with { PrimaryCategoryId = Requests.UnpaidWages }));

        Assert.Equal(Requests.UnpaidWages, (await App.SendAsync(new GetCase(id))).PrimaryCategoryId);
        Assert.Contains((await App.SendAsync(new GetLookups(id))).Categories, c => c.Id == Requests.UnpaidWages);
        Assert.DoesNotContain((await App.SendAsync(new GetLookups())).Categories, c => c.Id == Requests.UnpaidWages);
        Assert.Contains(nameof(UpdateCase.PrimaryCategoryId), refused.Errors.Keys);
    }

    [Fact]
    public async Task TheCaseAsRead_SavesBackUnchanged()
    {
        var id = await OpenCaseAsync();
        var before = await App.SendAsync(new GetCase(id));

        var version = await App.SendAsync(UpdateCase.From(before));

        var after = await App.SendAsync(new GetCase(id));
        Assert.Equal((0, 0), (version, after.Version));
        Assert.Equal(
            (before.AssignedLawyerId, before.PrimaryCategoryId, before.Summary, before.OpposingPartyName, before.OpposingPartyKind, before.AmountClaimed),
            (after.AssignedLawyerId, after.PrimaryCategoryId, after.Summary, after.OpposingPartyName, after.OpposingPartyKind, after.AmountClaimed));
        Assert.Equal(before.OtherCategoryIds, after.OtherCategoryIds);
    }

    [Fact]
    public async Task TheOpeningDate_MovesWhileTheConsultationsStayWithinTheIntakeWeek()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(id));
        var form = UpdateCase.From(await App.SendAsync(new GetCase(id)));

        var version = await App.SendAsync(form with { OpenedOn = new DateOnly(2026, 3, 17 - 7) });

        var @case = await App.SendAsync(new GetCase(id));
        Assert.Equal((1, new DateOnly(2026, 3, 10)), (version, @case.OpenedOn));
        Assert.Equal(new DateOnly(2026, 3, 10), Assert.Single(@case.History).EffectiveOn);
    }

    [Fact]
    public async Task TheOpeningDate_CannotLeaveAConsultationMoreThanAWeekBeforeIt()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(id) with { HeldAt = new DateTime(2026, 3, 3, 10, 0, 0) });

        var form = UpdateCase.From(await App.SendAsync(new GetCase(id)));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(form with { OpenedOn = new DateOnly(2026, 3, 11) }));

        Assert.Equal("OpenedOn", Assert.Single(error.Errors.Keys));
        Assert.Equal(new DateOnly(2026, 3, 2), (await App.SendAsync(new GetCase(id))).OpenedOn);
    }

    [Fact]
    public async Task TheOpeningDate_CannotLeaveADeadlineMoreThanAWeekBeforeIt()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.AppealDeadline, DueOn = new DateOnly(2026, 3, 3) });
        var form = UpdateCase.From(await App.SendAsync(new GetCase(id)));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(form with { OpenedOn = new DateOnly(2026, 3, 11) }));

        Assert.Equal($"Сроки по делу назначены больше чем за неделю до этой даты: дело может быть открыто не позже {new DateOnly(2026, 3, 10):d}.", Assert.Single(error.Errors["OpenedOn"]));
        Assert.Equal(new DateOnly(2026, 3, 2), (await App.SendAsync(new GetCase(id))).OpenedOn);
    }
}
