using System.Globalization;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Behaviours;

/// <summary>Refused requests leave a line in the audit trail: who, what, which record, when and from where.</summary>
public sealed class AccessDenialBehaviourTests : ApplicationTest
{
    [Fact]
    public async Task AnotherCentresCase_AskedForById_IsRecordedAsARefusal()
    {
        var caseId = await OpenMoscowCaseAsync();
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(caseId)));

        var denial = Assert.Single(await DenialsAsync());
        Assert.Equal(nameof(Case), denial.EntityType);
        Assert.Equal(caseId.ToString(CultureInfo.InvariantCulture), denial.EntityId);
        Assert.Equal("lawyer.3@test", denial.UserName);
        Assert.Equal(TestApp.Chelyabinsk, denial.CentreId);
        Assert.Equal("203.0.113.7", denial.IpAddress);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, denial.OccurredAtUtc);
        Assert.Equal($"reason=OtherCentre; request=GetCase; recordCentre={TestApp.Moscow}", denial.Details);
    }

    [Fact]
    public async Task ARefusedCommand_IsRecordedAlthoughItsTransactionIsRolledBack()
    {
        var caseId = await OpenMoscowCaseAsync();
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Requests.LogConsultation(caseId)));

        Assert.Equal("reason=OtherCentre; request=LogConsultation; recordCentre=1", Assert.Single(await DenialsAsync()).Details);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Consultations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task RecordingARefusal_SavesNothingTheRequestLeftPending()
    {
        var caseId = await OpenMoscowCaseAsync();
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await App.InScopeAsync(async services =>
        {
            services.GetRequiredService<LegalAidDbContext>().StaffMembers.Add(new StaffMember("Несохранённый Сотрудник", TestApp.Chelyabinsk));
            return await Assert.ThrowsAsync<NotFoundException>(() => services.GetRequiredService<IMediator>().Send(new GetCase(caseId)));
        });

        Assert.Single(await DenialsAsync());
        Assert.False(await App.InDatabaseAsync(db => db.StaffMembers.AnyAsync(s => s.FullName == "Несохранённый Сотрудник")));
    }

    [Fact]
    public async Task ADeadlineOfAnotherCentresCase_IsRecordedAsARefusal()
    {
        var moscowCase = await OpenMoscowCaseAsync();
        var moscowDeadline = await App.SendAsync(new AddDeadline { CaseId = moscowCase, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(3) });
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        var ownCase = (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true })))).Id;

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new CompleteDeadline { CaseId = ownCase, DeadlineId = moscowDeadline }));

        var denial = Assert.Single(await DenialsAsync());
        Assert.Equal((nameof(Deadline), moscowDeadline.ToString(CultureInfo.InvariantCulture)), (denial.EntityType, denial.EntityId));
    }

    [Fact]
    public async Task AnIdThatExistsNowhere_IsAPlainNotFound()
    {
        await OpenMoscowCaseAsync();
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(999_999)));
        App.ActAsLawyerOf(TestApp.Moscow);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(999_999)));

        Assert.Empty(await DenialsAsync());
    }

    [Fact]
    public async Task ARoleRefusal_IsRecordedWithTheRolesTheRequestNeeds()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new FindAuditEntries(User: "Үсөнбаев")));

        var denial = Assert.Single(await DenialsAsync());
        Assert.Equal((AccessDenials.Request, nameof(FindAuditEntries)), (denial.EntityType, denial.EntityId));
        Assert.Equal("reason=Role; needs=Administrator,Coordinator", denial.Details);
        Assert.Equal(("lawyer.1@test", TestApp.Moscow), (denial.UserName, denial.CentreId));
    }

    [Fact]
    public async Task NobodySignedIn_IsNoRefusalToRecord()
    {
        App.CurrentUser.IsAuthenticated = false;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => App.SendAsync(new FindAuditEntries()));

        Assert.Empty(await DenialsAsync());
    }

    private async Task<int> OpenMoscowCaseAsync() =>
        (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;

    private Task<List<AuditEntry>> DenialsAsync() =>
        App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).ToListAsync());
}
