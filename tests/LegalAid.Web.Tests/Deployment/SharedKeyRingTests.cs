using System.Net;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>Two nodes of one farm on one database: what one protects, the other reads.</summary>
public sealed class SharedKeyRingTests : IAsyncLifetime
{
    private readonly LegalAidFactory first = new();
    private LegalAidFactory second = null!;

    public async ValueTask InitializeAsync()
    {
        await first.SeedAccountsAsync();
        var database = first.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:LegalAid"]!;
        second = new LegalAidFactory(new Dictionary<string, string> { ["ConnectionStrings:LegalAid"] = database });
    }

    [Fact]
    public async Task APayloadProtectedByOneNode_IsReadByTheOtherWithTheKeyFromTheDatabase()
    {
        var protectedByFirst = Protector(first).Protect("Үсөнбаев ң ө ү");

        Assert.Equal("Үсөнбаев ң ө ү", Protector(second).Unprotect(protectedByFirst));
        Assert.NotEmpty(await first.InDatabaseAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync()));
    }

    [Fact]
    public async Task AFormFromOneNode_IsAcceptedByTheOther()
    {
        using var browserOnFirst = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await browserOnFirst.GetAsync("/Account/Login");
        var cookies = form.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]);

        using var browserOnSecond = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        browserOnSecond.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        var signedIn = await HtmlPage.SubmitAsync(browserOnSecond, await HtmlPage.ParseAsync(form), new Dictionary<string, string>
        {
            ["Input.Email"] = LegalAidFactory.LawyerMow,
            ["Input.Password"] = LegalAidFactory.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    private static IDataProtector Protector(LegalAidFactory node) =>
        node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("LegalAid.Tests.SharedKeyRing");

    public async ValueTask DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }
}
