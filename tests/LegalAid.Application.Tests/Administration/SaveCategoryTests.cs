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

        var otherNames = NewCategory() with { NameRu = "Штрафы ГИБДД", NameKy = "Жол кыймылы үчүн айыптар", NameEn = "Traffic fines" };
        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(otherNames));
        var malformed = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(otherNames with { Code = "Patent Fines" }));

        Assert.Equal("Code", Assert.Single(taken.Errors.Keys));
        Assert.Equal("Code", Assert.Single(malformed.Errors.Keys));
    }

    [Fact]
    public async Task ANameAnotherCategoryHasInAnyLanguage_IsRefused_ButACategoryKeepsItsOwn()
    {
        var id = await App.SendAsync(NewCategory());

        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            NewCategory() with { Code = "patent-fines-2", NameRu = "Другие штрафы", NameKy = " Патент боюнча айыптар ", NameEn = "Patent fines" }));
        await App.SendAsync(NewCategory() with { Id = id, SortOrder = 95 });

        Assert.Equal(["NameEn", "NameKy"], taken.Errors.Keys.Order());
        Assert.Equal("Это название уже есть у другой записи списка.", taken.Errors["NameKy"].Single());
        Assert.Equal(95, (await App.SendAsync(new ListCategories())).Single(c => c.Id == id).SortOrder);
    }

    [Fact]
    public async Task ASaveOfACategoryChangedMeanwhile_IsRefused_AndTheOtherSaveStays()
    {
        var id = await App.SendAsync(NewCategory());
        var read = (await App.SendAsync(new ListCategories())).Single(c => c.Id == id);
        await App.SendAsync(NewCategory() with { Id = id, Version = read.Version, NameRu = "Штрафы за патент" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(NewCategory() with { Id = id, Version = read.Version, IsActive = false }));

        var category = (await App.SendAsync(new ListCategories())).Single(c => c.Id == id);
        Assert.Equal(("Штрафы за патент", true, 1), (category.NameRu, category.IsActive, category.Version));
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
