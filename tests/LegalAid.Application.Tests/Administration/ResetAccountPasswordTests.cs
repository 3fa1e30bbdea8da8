using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ResetAccountPassword;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Administration;

public sealed class ResetAccountPasswordTests : ApplicationTest
{
    private const string Chosen = "Жёлтый трамвай едет по кольцу";
    private string userId = string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
        userId = (await App.SendAsync(new CreateAccount { Email = "lawyer@centre.org", DisplayName = "Юрист", Role = Roles.Lawyer, CentreId = TestApp.Moscow, Password = Chosen })).UserId;
    }

    [Fact]
    public async Task TheOldPasswordStops_AndTheOneTimePasswordMustBeChanged()
    {
        var oneTime = await App.SendAsync(new ResetAccountPassword(userId));

        var user = await App.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(Chosen, oneTime);
        Assert.True(await CheckPasswordAsync(user, oneTime));
        Assert.False(await CheckPasswordAsync(user, Chosen));
    }

    [Fact]
    public async Task AnUnknownAccount_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new ResetAccountPassword("no-such-account")));

    [Fact]
    public async Task ProgrammeStaff_MayNotResetPasswords()
    {
        App.ActAs(Roles.ProgrammeStaff, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ResetAccountPassword(userId)));
    }

    private Task<bool> CheckPasswordAsync(ApplicationUser user, string password) =>
        App.InScopeAsync(services => services.GetRequiredService<UserManager<ApplicationUser>>().CheckPasswordAsync(user, password));
}
