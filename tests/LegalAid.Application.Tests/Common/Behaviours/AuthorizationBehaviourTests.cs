using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;

namespace LegalAid.Application.Tests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests : ApplicationTest
{
    [Fact]
    public async Task NobodySignedIn_IsRefusedBeforeAnyData()
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        App.CurrentUser.IsAuthenticated = false;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => App.SendAsync(new GetClient(id)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => App.SendAsync(Requests.RegisterClient()));
    }

    [Theory]
    [InlineData(Roles.ProgrammeStaff)]
    [InlineData(Roles.Donor)]
    [InlineData(Roles.Administrator)]
    public async Task RolesWithoutCaseWork_MayNotReadOrWriteClientsOrCases(string role)
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        App.ActAs(role, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new GetClient(id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new FindClients()));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ListCases()));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(Requests.RegisterClient()));
    }

    [Fact]
    public async Task ALawyerAccountWithoutACentre_IsRefusedRatherThanSeeingEveryCentre()
    {
        App.ActAs(Roles.Lawyer, centre: null);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new FindClients()));
    }

    [Fact]
    public async Task OnlyAdministrators_ManageAccounts()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ListAccounts()));
    }

    [Fact]
    public async Task Lawyers_MayNotReadTheAuditTrail() =>
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new FindAuditEntries()));
}
