using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Administration;

public sealed class CreateAccountTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
    }

    [Fact]
    public async Task ALawyer_GetsAStaffMemberOfTheirCentreAndAOneTimePassword()
    {
        var created = await App.SendAsync(new CreateAccount { Email = " a.usonbaeva@centre.org ", DisplayName = "Айгүл Үсөнбаева", Role = Roles.Lawyer, CentreId = TestApp.Kazan });

        var account = Assert.Single(await App.SendAsync(new ListAccounts()));
        Assert.Equal(("a.usonbaeva@centre.org", "Айгүл Үсөнбаева", Roles.Lawyer, TestApp.Kazan), (account.Email, account.DisplayName, account.Role, account.CentreId));
        Assert.NotNull(created.OneTimePassword);
        var user = await UserAsync(created.UserId);
        Assert.True(user.MustChangePassword);
        var staff = await App.InDatabaseAsync(db => db.StaffMembers.SingleAsync(s => s.Id == user.StaffMemberId));
        Assert.Equal(("Айгүл Үсөнбаева", (int?)TestApp.Kazan), (staff.FullName, staff.CentreId));
    }

    [Fact]
    public async Task AChosenPassword_IsTheAccountsPasswordAndNeedsNoChange()
    {
        var created = await App.SendAsync(new CreateAccount { Email = "admin@centre.org", DisplayName = "Admin", Role = Roles.Administrator, Password = "Жёлтый трамвай едет по кольцу" });

        var user = await UserAsync(created.UserId);
        Assert.Null(created.OneTimePassword);
        Assert.False(user.MustChangePassword);
        Assert.True(await App.InScopeAsync(services => services.GetRequiredService<UserManager<ApplicationUser>>().CheckPasswordAsync(user, "Жёлтый трамвай едет по кольцу")));
    }

    [Fact]
    public async Task ARefusedPassword_LeavesNeitherAccountNorStaffMember()
    {
        var staffBefore = await App.InDatabaseAsync(db => db.StaffMembers.CountAsync());

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = "short@centre.org", DisplayName = "Short", Role = Roles.Lawyer, CentreId = TestApp.Moscow, Password = "short" }));

        Assert.Equal("Password", Assert.Single(error.Errors.Keys));
        Assert.Empty(await App.SendAsync(new ListAccounts()));
        Assert.Equal(staffBefore, await App.InDatabaseAsync(db => db.StaffMembers.CountAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TestApp.Moscow)]
    public async Task ARoleNotOnTheList_IsTheOneMessage_WithACentreOrWithout(int? centre)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = "someone@centre.org", DisplayName = "Someone", Role = "SuperAdmin", CentreId = centre }));

        Assert.Equal("Role", Assert.Single(error.Errors.Keys));
    }

    [Theory]
    [InlineData(Roles.Lawyer, null)]
    [InlineData(Roles.Coordinator, null)]
    [InlineData(Roles.ProgrammeStaff, TestApp.Moscow)]
    [InlineData(Roles.Administrator, TestApp.Moscow)]
    public async Task ACentre_IsRequiredForCaseWorkersAndRefusedForOthers(string role, int? centre)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = "someone@centre.org", DisplayName = "Someone", Role = role, CentreId = centre }));

        Assert.Equal("CentreId", Assert.Single(error.Errors.Keys));
        Assert.Empty(await App.SendAsync(new ListAccounts()));
    }

    [Fact]
    public async Task AnUnknownRoleOrCentreOrABadEmail_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = "not an address", DisplayName = "Someone", Role = "Superuser", CentreId = 99 }));

        Assert.Equal(["CentreId", "Email", "Role"], error.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("a b@c.ru")]
    [InlineData("a@b")]
    [InlineData("a@b..ru")]
    [InlineData("Айгүл <aigul@centre.org>")]
    public async Task AnAddressMailCannotBeSentTo_IsRefusedBesideTheEmail_InTheUsersLanguage(string email)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = email, DisplayName = "Айгүл", Role = Roles.ProgrammeStaff }));

        Assert.Equal([Messages.InvalidEmail], error.Errors["Email"]);
    }

    [Fact]
    public async Task AnAddressInCyrillic_IsAnAccount_AndATakenAddressIsSaidOnce()
    {
        await App.SendAsync(new CreateAccount { Email = "тест@почта.рф", DisplayName = "Тест", Role = Roles.ProgrammeStaff });

        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new CreateAccount { Email = "тест@почта.рф", DisplayName = "Тест", Role = Roles.ProgrammeStaff }));

        Assert.Equal([Messages.EmailTaken], taken.Errors["Email"]);
    }

    [Fact]
    public async Task ACoordinator_MayNotCreateAccounts()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            App.SendAsync(new CreateAccount { Email = "x@centre.org", DisplayName = "X", Role = Roles.Lawyer, CentreId = TestApp.Moscow }));
    }

    private Task<ApplicationUser> UserAsync(string id) =>
        App.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Id == id));
}
