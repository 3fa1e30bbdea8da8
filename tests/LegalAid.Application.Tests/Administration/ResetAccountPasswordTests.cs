using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ResetAccountPassword;
using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
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
        var oneTime = (await App.SendAsync(new ResetAccountPassword(userId))).OneTimePassword;

        var user = await App.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.True(user.MustChangePassword);
        Assert.NotEqual(Chosen, oneTime);
        Assert.True(await CheckPasswordAsync(user, oneTime));
        Assert.False(await CheckPasswordAsync(user, Chosen));
    }

    [Fact]
    public async Task TheAccountsWorkingApiTokens_AreRevoked_AndAudited()
    {
        var working = await App.InScopeAsync(async services =>
        {
            var tokens = services.GetRequiredService<IApiTokens>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await tokens.IssueAsync(userId, "старый", now.AddSeconds(-1), CancellationToken.None);
            return (await tokens.IssueAsync(userId, "Power BI", now.AddDays(30), CancellationToken.None)).Id;
        });

        var reset = await App.SendAsync(new ResetAccountPassword(userId));

        Assert.Equal(1, reset.RevokedApiTokens);
        var revoked = await App.InDatabaseAsync(db => db.ApiTokens.Where(t => t.RevokedAtUtc != null).Select(t => t.Id).ToListAsync());
        Assert.Equal([working], revoked);
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "ApiToken" && e.Action == AuditAction.Updated));
        Assert.Equal(working.ToString(CultureInfo.InvariantCulture), audited.EntityId);
        Assert.Contains("RevokedAtUtc", audited.Changes, StringComparison.Ordinal);
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
