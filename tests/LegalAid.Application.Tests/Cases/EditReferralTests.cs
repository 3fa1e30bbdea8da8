using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.EditReferral;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;

namespace LegalAid.Application.Tests.Cases;

public sealed class EditReferralTests : ApplicationTest
{
    private int caseId;
    private int shelter;
    private int inspectorate;
    private int referralId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        caseId = await OpenCaseAsync();
        App.ActAs(Roles.Administrator, null);
        shelter = await App.SendAsync(new SavePartner { Name = "Приют «Тёплый дом»", NameKy = "«Тёплый дом» баш калкалоочу жайы", NameEn = "Tyoply Dom shelter" });
        inspectorate = await App.SendAsync(new SavePartner { Name = "Государственная инспекция труда", NameKy = "Мамлекеттик эмгек инспекциясы", NameEn = "State labour inspectorate" });
        App.ActAsLawyerOf(TestApp.Moscow);
        referralId = await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = shelter, ReferredOn = new DateOnly(2026, 3, 10), Note = "Нужен приют" });
    }

    [Fact]
    public async Task TheWrongPartner_IsCorrected_KeepingTheDateTheFormStartsFrom()
    {
        var form = EditReferral.From(caseId, Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals));

        var version = await App.SendAsync(form with { PartnerId = inspectorate, Note = "Жалоба на работодателя" });

        var referral = Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals);
        Assert.Equal((1, "Государственная инспекция труда", new DateOnly(2026, 3, 10), "Жалоба на работодателя"), (version, referral.PartnerName.Ru, referral.ReferredOn, referral.Note));
    }

    [Fact]
    public async Task AClearedDate_IsRefused_NotReadAsTheOldOne()
    {
        var form = EditReferral.From(caseId, Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(form with { PartnerId = inspectorate, ReferredOn = null }));

        Assert.Equal("ReferredOn", Assert.Single(error.Errors.Keys));
        Assert.Equal(shelter, Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals).PartnerId);
    }

    [Fact]
    public async Task AnUnknownPartnerOrAFutureDate_IsRefusedByField()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new EditReferral { CaseId = caseId, ReferralId = referralId, PartnerId = 404, ReferredOn = App.Today }));
        var future = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new EditReferral { CaseId = caseId, ReferralId = referralId, PartnerId = shelter, ReferredOn = App.Today.AddDays(1) }));

        Assert.Equal("PartnerId", Assert.Single(error.Errors.Keys));
        Assert.Equal("ReferredOn", Assert.Single(future.Errors.Keys));
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict()
    {
        await App.SendAsync(new EditReferral { CaseId = caseId, ReferralId = referralId, PartnerId = inspectorate, ReferredOn = App.Today });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new EditReferral { CaseId = caseId, ReferralId = referralId, PartnerId = shelter, ReferredOn = App.Today }));

        Assert.Equal(inspectorate, Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals).PartnerId);
    }
}
