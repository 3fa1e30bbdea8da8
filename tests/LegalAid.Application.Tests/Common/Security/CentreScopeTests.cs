using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Tests.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Security;

/// <summary>A lawyer of another centre gets "not found" for a record, exactly as if it did not exist.</summary>
public sealed class CentreScopeTests : ApplicationTest
{
    [Fact]
    public async Task AnotherCentresClientAndCase_AreNotFound()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(clientId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Requests.LogConsultation(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new UpdateClient { Id = clientId }
            with { FamilyName = "Х", GivenName = "Х", Sex = Domain.Clients.Sex.Male, Citizenship = "KG", PreferredLanguage = "ru", ConsentGivenOn = App.Today, ConsentScopes = [Domain.Clients.ConsentScope.LegalAid] }));
    }

    [Fact]
    public async Task TheSameRecords_AreVisibleToTheirOwnCentre()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        App.ActAsLawyerOf(TestApp.Moscow);

        Assert.Equal(clientId, (await App.SendAsync(new GetClient(clientId))).Id);
        Assert.Equal(caseId, (await App.SendAsync(new GetCase(caseId))).Id);
    }

    [Fact]
    public async Task TheCentreScope_IsAnIndexSearch_AndNoConditionAtAllForReadersOfEveryCentre()
    {
        var lawyersPlan = await App.InDatabaseAsync(db => QueryPlans.OfAsync(db, db.Cases));
        App.ActAs(Roles.ProgrammeStaff, null);
        var programmeSql = await App.InDatabaseAsync(db => Task.FromResult(db.Cases.ToQueryString()));

        Assert.Matches(@"SEARCH c USING (COVERING )?INDEX IX_Cases_CentreId_\w+ \(CentreId=\?\)", lawyersPlan);
        Assert.DoesNotContain("WHERE", programmeSql);
    }
}
