using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Administration.SetAccountLock;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.OpenCase;
using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Resources;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Administration;

public sealed class SetAccountLockTests : ApplicationTest
{
    private string userId = string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
        userId = (await App.SendAsync(new CreateAccount { Email = "lawyer@centre.org", DisplayName = "Юрист", Role = Roles.Lawyer, CentreId = TestApp.Moscow })).UserId;
    }

    [Fact]
    public async Task ALockedAccount_IsLockedUntilUnlocked()
    {
        var stampBefore = await SecurityStampAsync();

        await App.SendAsync(new SetAccountLock(userId, Locked: true));

        Assert.True(Assert.Single(await App.SendAsync(new ListAccounts())).LockedOut);
        Assert.NotEqual(stampBefore, await SecurityStampAsync());

        await App.SendAsync(new SetAccountLock(userId, Locked: false));

        Assert.False(Assert.Single(await App.SendAsync(new ListAccounts())).LockedOut);
    }

    [Fact]
    public async Task ALockedLawyer_IsOfferedForNoNewWork_ButKeepsTheirCasesUntilReassigned_AndFiltersNameThem()
    {
        var lawyer = await App.InDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId!.Value).SingleAsync());
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId) with { AssignedLawyerId = lawyer })).Id;
        App.ActAs(Roles.Administrator, centre: null);

        var locked = await App.SendAsync(new SetAccountLock(userId, Locked: true));

        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var lookups = await App.SendAsync(new GetLookups());
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.OpenCase(clientId) with { AssignedLawyerId = lawyer }));
        var edit = UpdateCase.From(await App.SendAsync(new GetCase(caseId))) with { Summary = "Работодатель признал долг." };
        await App.SendAsync(edit);
        Assert.Equal(1, locked.OpenCasesHeld);
        Assert.DoesNotContain(lawyer, lookups.Lawyers.Select(l => l.Id));
        Assert.Contains(lookups.EveryLawyer, l => l.Id == lawyer && !l.IsActive);
        Assert.Contains(lawyer, (await App.SendAsync(new GetLookups(CaseId: caseId))).Lawyers.Select(l => l.Id));
        Assert.Equal([Messages.UnknownLawyer], refused.Errors[nameof(OpenCase.AssignedLawyerId)]);
        Assert.Equal(lawyer, (await App.SendAsync(new GetCase(caseId))).AssignedLawyerId);

        App.ActAs(Roles.Administrator, centre: null);
        await App.SendAsync(new SetAccountLock(userId, Locked: false));

        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        Assert.Contains(lawyer, (await App.SendAsync(new GetLookups())).Lawyers.Select(l => l.Id));
    }

    [Fact]
    public async Task AnAdministrator_MayNotLockTheirOwnAccount_ButAnotherMay()
    {
        var adminId = (await App.SendAsync(new CreateAccount { Email = "admin2@centre.org", DisplayName = "Админ", Role = Roles.Administrator })).UserId;
        App.CurrentUser.UserId = adminId;

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new SetAccountLock(adminId, Locked: true)));
        await App.SendAsync(new SetAccountLock(userId, Locked: true));

        Assert.Equal([Messages.OwnLock], refused.Errors[nameof(SetAccountLock.Locked)]);
        Assert.Equal([(adminId, false), (userId, true)], (await App.SendAsync(new ListAccounts())).Select(a => (a.UserId, a.LockedOut)).OrderBy(a => a.UserId == userId));
    }

    [Fact]
    public async Task AnUnknownAccount_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new SetAccountLock("no-such-account", Locked: true)));

    [Fact]
    public async Task ALawyer_MayNotLockAccounts()
    {
        App.ActAsLawyerOf(TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new SetAccountLock(userId, Locked: true)));
    }

    /// <summary>A new stamp ends the account's sessions.</summary>
    private Task<string?> SecurityStampAsync() => App.InDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());
}
