using LegalAid.Application.Administration.ListCategories;
using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;

namespace LegalAid.Application.Tests.Administration;

public sealed class SaveCategoryTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
    }

    [Fact]
    public async Task ANewCategory_IsListedInTheThreeLanguages()
    {
        var id = await App.SendAsync(NewCategory());

        var category = (await App.SendAsync(new ListCategories())).Single(c => c.Id == id);
        Assert.Equal(("patent-fines", "Штрафы по патенту", "Патент боюнча айыптар", "Patent fines", 90, true),
            (category.Code, category.NameRu, category.NameKy, category.NameEn, category.SortOrder, category.IsActive));
    }

    [Fact]
    public async Task ADeactivatedCategory_StaysListedButIsNoLongerOffered()
    {
        var id = await App.SendAsync(NewCategory());

        await App.SendAsync(NewCategory() with { Id = id, NameRu = "Штрафы за просроченный патент", IsActive = false });

        var category = (await App.SendAsync(new ListCategories())).Single(c => c.Id == id);
        Assert.Equal(("patent-fines", "Штрафы за просроченный патент", false), (category.Code, category.NameRu, category.IsActive));
        Assert.DoesNotContain((await App.SendAsync(new GetLookups())).Categories, c => c.Id == id);
    }

    [Fact]
    public async Task ATakenOrMalformedCode_IsRefused()
    {
        await App.SendAsync(NewCategory());

        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewCategory()));
        var malformed = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewCategory() with { Code = "Patent Fines" }));

        Assert.Equal("Code", Assert.Single(taken.Errors.Keys));
        Assert.Equal("Code", Assert.Single(malformed.Errors.Keys));
    }

    [Fact]
    public async Task ANameMissingInOneLanguage_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(NewCategory() with { NameKy = " " }));

        Assert.Equal("NameKy", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task ALawyer_MayNotChangeTheTaxonomy()
    {
        App.ActAsLawyerOf(TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(NewCategory()));
    }

    private static SaveCategory NewCategory() => new()
    {
        Code = "patent-fines",
        NameRu = "Штрафы по патенту",
        NameKy = "Патент боюнча айыптар",
        NameEn = "Patent fines",
        SortOrder = 90,
    };
}
