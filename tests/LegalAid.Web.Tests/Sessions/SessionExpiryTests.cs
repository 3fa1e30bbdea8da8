using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LegalAid.Web.Tests.Sessions;

/// <summary>An idle session expires after 30 minutes; its row goes when it is next presented, or when anyone signs in.</summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly LegalAidFactory factory;

    public SessionExpiryTests() => factory = new LegalAidFactory { Clock = clock };

    public async ValueTask InitializeAsync() => await factory.SeedAccountsAsync();

    [Fact]
    public async Task AnExpiredSession_IsRefusedAndDeleted()
    {
        var (presented, presentedCookie) = await factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerMow);
        var (forgotten, _) = await factory.SignInKeepingCookieAsync(LegalAidFactory.LawyerKzn);
        using var copy = factory.WithCookie(presentedCookie);
        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal("/Account/Login", Sent.RedirectPath(await copy.GetAsync("/Cases")));
        Assert.Equal([LegalAidFactory.LawyerKzn], await SessionOwnersAsync());

        using var next = await factory.SignInAsync(LegalAidFactory.Programme);
        Assert.Equal([LegalAidFactory.Programme], await SessionOwnersAsync());
        presented.Dispose();
        forgotten.Dispose();
    }

    private Task<List<string?>> SessionOwnersAsync() =>
        factory.InDatabaseAsync(db => db.UserSessions.Select(s => s.User.Email).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
