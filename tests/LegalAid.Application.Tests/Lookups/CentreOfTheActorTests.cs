using LegalAid.Application.Administration.UpdateCentre;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Lookups;

/// <summary>The user's centre comes from the reference data kept between requests, yet each request gets its own.</summary>
public sealed class CentreOfTheActorTests : ApplicationTest
{
    [Fact]
    public async Task ARequestThatChangesItsCopyOfTheCentre_LeavesTheNextRequestsCentreAsItWas()
    {
        App.ActAs(Roles.Lawyer, TestApp.Kazan);

        await App.InScopeAsync(async services =>
        {
            var centre = await services.GetRequiredService<IActorContext>().HomeCentreAsync(CancellationToken.None);
            centre.Describe("Изменено в памяти", "Эстутумда өзгөртүлдү", "Changed in memory", "Нигде");
            return centre;
        });
        var next = await App.InScopeAsync(services => services.GetRequiredService<IActorContext>().HomeCentreAsync(CancellationToken.None));

        Assert.Equal(TestApp.Kazan, next.Id);
        Assert.NotEqual("Изменено в памяти", next.Name);
    }

    [Fact]
    public async Task ACentreDescribedAnew_IsReadAnewByTheNextRequest()
    {
        App.ActAs(Roles.Lawyer, TestApp.Kazan);
        await App.InScopeAsync(services => services.GetRequiredService<IActorContext>().HomeCentreAsync(CancellationToken.None));

        App.ActAs(Roles.Administrator, centre: null);
        await App.SendAsync(new UpdateCentre { Id = TestApp.Kazan, Name = "Казанский центр «Үмүт»", NameKy = "«Үмүт» Казань борбору", NameEn = "Umut, Kazan", Address = "Казань, ул. Баумана, 1" });
        App.ActAs(Roles.Lawyer, TestApp.Kazan);
        var next = await App.InScopeAsync(services => services.GetRequiredService<IActorContext>().HomeCentreAsync(CancellationToken.None));

        Assert.Equal("Казанский центр «Үмүт»", next.Name);
        Assert.Equal("Казань, ул. Баумана, 1", next.Address);
    }
}
