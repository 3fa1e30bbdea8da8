using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class ReferClientTests : ApplicationTest
{
    [Fact]
    public async Task AReferral_IsRecordedAndItsResultLater()
    {
        var caseId = await OpenCaseAsync();
        App.ActAs(Roles.Administrator, null);
        var partner = await App.SendAsync(new SavePartner { Name = "Кризисный центр «Сестры»", NameKy = "Кризисный центр «Сестры»", NameEn = "Partner", Contact = "+7 499 000-00-00" });
        App.ActAsLawyerOf(TestApp.Moscow);

        var referral = await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner, Note = "Нужен приют" });
        await App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = referral, Result = ReferralResult.Helped, Note = "Приняли на две недели" });

        var listed = Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals);
        Assert.Equal("Кризисный центр «Сестры»", listed.PartnerName.Ru);
        Assert.Equal(ReferralResult.Helped, listed.Result);
        Assert.Equal(App.Today, listed.ResultOn);
        Assert.Equal(("Нужен приют", "Приняли на две недели"), (listed.Note, listed.ResultNote));
    }

    [Fact]
    public async Task AResultRecordedMeanwhile_IsNotOverwrittenByOneSentForTheReferralAsItWasBefore()
    {
        var caseId = await OpenCaseAsync();
        App.ActAs(Roles.Administrator, null);
        var partner = await App.SendAsync(new SavePartner { Name = "Трудовая инспекция", NameKy = "Эмгек инспекциясы", NameEn = "Labour inspectorate" });
        App.ActAsLawyerOf(TestApp.Moscow);
        var referral = await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner });

        await App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = referral, Version = 0, Result = ReferralResult.Helped });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = referral, Version = 0, Result = ReferralResult.Declined }));
        Assert.Equal(ReferralResult.Helped, Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals).Result);
    }

    [Fact]
    public async Task AReferralToAnUnknownPartner_IsRefused()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = 99 }));

        Assert.Equal("PartnerId", Assert.Single(error.Errors.Keys));
    }
}
