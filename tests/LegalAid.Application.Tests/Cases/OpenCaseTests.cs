using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class OpenCaseTests : ApplicationTest
{
    [Fact]
    public async Task ShouldNumberCasesPerCentreAndYear()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var first = await App.SendAsync(Requests.OpenCase(client));
        var second = await App.SendAsync(Requests.OpenCase(client));
        var lastYear = await App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2025, 12, 30) });
        App.ActAsLawyerOf(TestApp.Kazan);
        var kazan = await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true })));

        Assert.Equal("MOW-2026-00001", first.Number);
        Assert.Equal("MOW-2026-00002", second.Number);
        Assert.Equal("KZN-2026-00001", kazan.Number);
        Assert.Equal("MOW-2025-00001", lastYear.Number);
    }

    [Fact]
    public async Task ShouldStoreTheCaseWithItsOpposingPartyAndAmounts()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var opened = await App.SendAsync(Requests.OpenCase(client));

        var @case = await App.SendAsync(new GetCase(opened.Id));
        Assert.Equal(App.LawyerOf[TestApp.Moscow], @case.AssignedLawyerId);
        Assert.Equal(new DateOnly(2026, 3, 2), @case.OpenedOn);
        Assert.Equal(Requests.UnpaidWages, @case.PrimaryCategoryId);
        Assert.Equal([Requests.DocumentsAndPatent], @case.OtherCategoryIds);
        Assert.Equal("ООО «СтройМонтаж»", @case.OpposingPartyName);
        Assert.Equal(150000m, @case.AmountClaimed);
        Assert.Equal(0m, @case.AmountRecovered);
    }

    [Fact]
    public async Task ShouldReuseAnOpposingPartyWithTheSameName()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        await App.SendAsync(Requests.OpenCase(client));
        await App.SendAsync(Requests.OpenCase(client) with { OpposingPartyName = "  ооо «строймонтаж» " });

        Assert.Equal(1, await App.InDatabaseAsync(db => db.OpposingParties.CountAsync()));
    }

    [Fact]
    public async Task ShouldGiveDistinctNumbersToCasesOpenedAtTheSameTime()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var opened = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => App.SendAsync(Requests.OpenCase(client)))));

        Assert.Equal(
            Enumerable.Range(1, 12).Select(n => $"MOW-2026-{n:00000}"),
            opened.Select(c => c.Number).Order());
    }

    [Fact]
    public async Task ShouldRollBackARefusedOpeningCompletely()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.OpenCase(client));

        // The first case of 2027 creates that year's counter and a new opposing party before the domain refuses the date.
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client) with
        {
            OpenedOn = new DateOnly(2027, 1, 5),
            OpposingPartyName = "ООО «Новый подрядчик»",
        }));
        var next = await App.SendAsync(Requests.OpenCase(client));

        Assert.Equal("MOW-2026-00002", next.Number);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Cases.CountAsync()));
        Assert.Equal(["ООО «СтройМонтаж»"], await App.InDatabaseAsync(db => db.OpposingParties.Select(p => p.Name).ToListAsync()));
        Assert.False(await App.InDatabaseAsync(db => db.Cases.AnyAsync(c => c.Number.StartsWith("MOW-2027"))));
    }

    [Fact]
    public async Task AProblemSwitchedOffWhileTheFormWasOpen_IsNamedInTheRefusal()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        await DeactivateCategoryAsync(Requests.UnpaidWages);
        await DeactivateCategoryAsync(Requests.DocumentsAndPatent);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client) with { OtherCategoryIds = [Requests.DocumentsAndPatent, 78] }));

        Assert.Equal(["Проблема «Невыплата зарплаты, трудовой спор» больше не используется: выберите другую."], error.Errors["PrimaryCategoryId"]);
        Assert.Equal(["Проблема «Документы и патент на работу» больше не используется: выберите другую."], error.Errors["OtherCategoryIds"]);
    }

    [Fact]
    public async Task ShouldRefuseUnknownReferences()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(clientId: 999) with
        {
            PrimaryCategoryId = 77,
            OtherCategoryIds = [1, 78],
        }));

        Assert.Equal(["ClientId", "OtherCategoryIds", "PrimaryCategoryId"], error.Errors.Keys.Order());
        Assert.Equal("Выберите проблему из списка.", error.Errors["PrimaryCategoryId"][0]);
        Assert.Equal("Выберите клиента своего центра.", error.Errors["ClientId"][0]);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task ShouldRefuseAClientOfAnotherCentre()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        App.ActAsLawyerOf(TestApp.Kazan);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client)));

        Assert.Equal("ClientId", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task ShouldRefuseALawyerOfAnotherCentre()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.OpenCase(client) with { AssignedLawyerId = App.LawyerOf[TestApp.Chelyabinsk] }));

        Assert.Equal("AssignedLawyerId", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task ShouldRefuseNegativeOrOverPreciseAmounts()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var negative = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client) with { AmountClaimed = -1m }));
        var precise = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client) with { AmountClaimed = 10.001m }));

        Assert.Equal("AmountClaimed", Assert.Single(negative.Errors.Keys));
        Assert.Equal("AmountClaimed", Assert.Single(precise.Errors.Keys));
    }

    [Fact]
    public async Task ASummaryTooLong_IsNamedAsTheCaseFormLabelsIt()
    {
        var client = await App.SendAsync(Requests.RegisterClient());

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.OpenCase(client) with { Summary = new string('ө', 4001) }));

        Assert.Equal(["Не более 4000 символов в поле «Суть дела»."], error.Errors["Summary"]);
    }
}
