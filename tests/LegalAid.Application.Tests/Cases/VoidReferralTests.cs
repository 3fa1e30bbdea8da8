using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.VoidReferral;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class VoidReferralTests : ApplicationTest
{
    [Fact]
    public async Task AVoidedReferral_LeavesTheCaseFileAndTheStatistics()
    {
        var caseId = await OpenCaseAsync();
        App.ActAs(Roles.Administrator, null);
        var partner = await App.SendAsync(new SavePartner { Name = "Приют «Тёплый дом»", NameKy = "Приют «Тёплый дом»", NameEn = "Partner" });
        App.ActAsLawyerOf(TestApp.Moscow);
        var id = await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner, ReferredOn = new DateOnly(2026, 3, 10) });

        var version = await App.SendAsync(new VoidReferral { CaseId = caseId, ReferralId = id, Reason = "Направление не состоялось" });

        Assert.Empty((await App.SendAsync(new GetCase(caseId))).Referrals);
        Assert.Equal("Направление не состоялось", Assert.Single((await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Referrals).VoidReason);
        App.ActAs(Roles.ProgrammeStaff, null);
        Assert.Empty((await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)))).Current.ReferralsByPartner);
        App.ActAsLawyerOf(TestApp.Moscow);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = id, Result = ReferralResult.Helped }));
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = id, Version = version, Result = ReferralResult.Helped }));
        Assert.Equal([Messages.AlreadyVoided], refused.Errors.Single().Value);
    }
}
