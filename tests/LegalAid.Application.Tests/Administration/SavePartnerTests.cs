using LegalAid.Application.Administration.ListPartners;
using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;

namespace LegalAid.Application.Tests.Administration;

public sealed class SavePartnerTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
    }

    [Fact]
    public async Task APartnerNamedInThreeLanguages_IsOfferedToLawyersInTheirLanguage()
    {
        var id = await App.SendAsync(NewPartner());

        var partner = (await App.SendAsync(new ListPartners())).Single(p => p.Id == id);
        Assert.Equal(("Приют для женщин «Тёплый дом»", "«Тёплый дом» аялдар үчүн баш калкалоочу жай", "Tyoply Dom women's shelter"), (partner.Name, partner.NameKy, partner.NameEn));
        App.ActAsLawyerOf(TestApp.Moscow);
        var offered = (await App.SendAsync(new GetLookups())).Partners.Single(p => p.Id == id).Name;
        Assert.Equal(
            ["Приют для женщин «Тёплый дом»", "«Тёплый дом» аялдар үчүн баш калкалоочу жай", "Tyoply Dom women's shelter"],
            new[] { "ru", "ky", "en" }.Select(language =>
            {
                using var scope = ReportLanguage.Use(language);
                return offered.ToString();
            }));
    }

    [Fact]
    public async Task ARenamedPartner_KeepsItsIdAndTakesTheNewNames()
    {
        var id = await App.SendAsync(NewPartner());

        await App.SendAsync(NewPartner() with { Id = id, NameKy = "«Тёплый дом» баш калкалоочу жайы", NameEn = "Tyoply Dom shelter", IsActive = false });

        var partner = (await App.SendAsync(new ListPartners())).Single(p => p.Id == id);
        Assert.Equal(("«Тёплый дом» баш калкалоочу жайы", "Tyoply Dom shelter", false), (partner.NameKy, partner.NameEn, partner.IsActive));
    }

    [Fact]
    public async Task ANameAnotherPartnerHasInAnyLanguage_IsRefused()
    {
        await App.SendAsync(NewPartner());

        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewPartner() with { NameKy = "Башка уюм", NameEn = "Another organisation" }));
        var takenInEnglish = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewPartner() with { Name = "Другая организация", NameKy = "Башка уюм" }));
        var takenInOtherCase = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            NewPartner() with { Name = " приют для женщин «ТЁПЛЫЙ ДОМ» ", NameKy = "«ТЁПЛЫЙ ДОМ» АЯЛДАР ҮЧҮН БАШ КАЛКАЛООЧУ ЖАЙ", NameEn = "tyoply dom women's shelter" }));

        Assert.Equal("Name", Assert.Single(taken.Errors.Keys));
        Assert.Equal("NameEn", Assert.Single(takenInEnglish.Errors.Keys));
        Assert.Equal(["Name", "NameEn", "NameKy"], takenInOtherCase.Errors.Keys.Order());
        Assert.Single(await App.SendAsync(new ListPartners()));
    }

    [Fact]
    public async Task ASaveOfAPartnerChangedMeanwhile_IsRefused_AndTheOtherSaveStays()
    {
        var id = await App.SendAsync(NewPartner());
        await App.SendAsync(NewPartner() with { Id = id, Contact = "+7 495 111-11-11" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(NewPartner() with { Id = id, IsActive = false }));

        var partner = (await App.SendAsync(new ListPartners())).Single(p => p.Id == id);
        Assert.Equal(("+7 495 111-11-11", true, 1), (partner.Contact, partner.IsActive, partner.Version));
    }

    [Fact]
    public async Task ANameMissingInOneLanguage_IsRefusedAndNothingIsSaved()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewPartner() with { NameKy = " ", NameEn = null }));

        Assert.Equal(["NameEn", "NameKy"], error.Errors.Keys.Order());
        Assert.Empty(await App.SendAsync(new ListPartners()));
    }

    private static SavePartner NewPartner() => new()
    {
        Name = "Приют для женщин «Тёплый дом»",
        NameKy = "«Тёплый дом» аялдар үчүн баш калкалоочу жай",
        NameEn = "Tyoply Dom women's shelter",
        Contact = "+7 495 000-00-00",
    };
}
