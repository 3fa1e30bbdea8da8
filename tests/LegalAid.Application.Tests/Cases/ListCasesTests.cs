using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class ListCasesTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var client = await App.SendAsync(Requests.RegisterClient());
        var wages = await App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2026, 1, 5) });
        await App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2026, 2, 5), PrimaryCategoryId = 3, OtherCategoryIds = [] });
        await App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2026, 3, 5), PrimaryCategoryId = 11, OtherCategoryIds = [] });
        await App.SendAsync(new CloseCase { Id = wages.Id, Version = 0, Outcome = CaseOutcome.ResolvedInFavour });
        App.ActAsLawyerOf(TestApp.Kazan);
        await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true })) with { OpenedOn = new DateOnly(2026, 3, 6) });
        App.ActAsLawyerOf(TestApp.Moscow);
    }

    [Fact]
    public async Task ShouldListNewestFirstByDefault()
    {
        var cases = await App.SendAsync(new ListCases());

        Assert.Equal(["MOW-2026-00003", "MOW-2026-00002", "MOW-2026-00001"], cases.Items.Select(c => c.Number));
        Assert.Equal("Үсөнбаев", cases.Items[0].ClientFamilyName);
    }

    [Fact]
    public async Task ShouldCombineFilters()
    {
        var open = await App.SendAsync(new ListCases(Status: CaseStatus.Open));
        var openFamily = await App.SendAsync(new ListCases(Status: CaseStatus.Open, CategoryId: 11));
        var byLawyer = await App.SendAsync(new ListCases(LawyerId: App.LawyerOf[TestApp.Moscow]));
        var byOtherCategory = await App.SendAsync(new ListCases(CategoryId: Requests.DocumentsAndPatent));
        var inFebruary = await App.SendAsync(new ListCases(OpenedFrom: new DateOnly(2026, 2, 1), OpenedTo: new DateOnly(2026, 2, 28)));

        Assert.Equal(2, open.TotalCount);
        Assert.Equal(["MOW-2026-00003"], openFamily.Items.Select(c => c.Number));
        Assert.Equal(3, byLawyer.TotalCount);
        Assert.Equal(["MOW-2026-00001"], byOtherCategory.Items.Select(c => c.Number));
        Assert.Equal(["MOW-2026-00002"], inFebruary.Items.Select(c => c.Number));
    }

    [Fact]
    public async Task ShouldSortByNumber()
    {
        var cases = await App.SendAsync(new ListCases(Sort: CaseSort.Number));

        Assert.Equal(["MOW-2026-00001", "MOW-2026-00002", "MOW-2026-00003"], cases.Items.Select(c => c.Number));
    }

    [Fact]
    public async Task ShouldSortByClientNameCyrillicFirstByTheRussianAlphabet()
    {
        foreach (var family in new[] { "Abdullaev", "Ўроқов", "Азизов" })
        {
            await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { FamilyName = family, LatinName = null, Phone = null, NotADuplicate = true })));
        }

        var cases = await App.SendAsync(new ListCases(Sort: CaseSort.Client));

        Assert.Equal(["Азизов", "Ўроқов", "Үсөнбаев", "Үсөнбаев", "Үсөнбаев", "Abdullaev"], cases.Items.Select(c => c.ClientFamilyName));
    }

    [Fact]
    public async Task ShouldListOnlyTheLawyersOwnCentre()
    {
        App.ActAsLawyerOf(TestApp.Kazan);

        var cases = await App.SendAsync(new ListCases());

        Assert.Equal(["KZN-2026-00001"], cases.Items.Select(c => c.Number));
    }

    [Fact]
    public async Task ShouldRefuseAPeriodThatEndsBeforeItStarts()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new ListCases(OpenedFrom: new DateOnly(2026, 3, 1), OpenedTo: new DateOnly(2026, 2, 1))));

        Assert.Equal("OpenedTo", Assert.Single(error.Errors.Keys));
    }
}
