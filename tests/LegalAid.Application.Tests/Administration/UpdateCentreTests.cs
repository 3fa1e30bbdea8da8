using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Administration.UpdateCentre;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;

namespace LegalAid.Application.Tests.Administration;

public sealed class UpdateCentreTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Administrator, centre: null);
    }

    [Fact]
    public async Task TheNamesAndAddressChange_TheCodeAndTimeZoneStay()
    {
        await App.SendAsync(new UpdateCentre
        {
            Id = TestApp.Chelyabinsk,
            Name = " Центр поддержки мигрантов — Челябинск (Ленинский район) ",
            NameKy = "Мигранттарды колдоо борбору — Челябинск (Ленин району)",
            NameEn = "Migrant Support Centre — Chelyabinsk (Leninsky district)",
            Address = "Челябинск, ул. Гагарина, 5",
        });

        var centre = (await App.SendAsync(new ListCentres())).Single(c => c.Id == TestApp.Chelyabinsk);
        Assert.Equal(
            ("CHE", "Центр поддержки мигрантов — Челябинск (Ленинский район)", "Мигранттарды колдоо борбору — Челябинск (Ленин району)",
                "Migrant Support Centre — Chelyabinsk (Leninsky district)", "Челябинск, ул. Гагарина, 5", "Asia/Yekaterinburg"),
            (centre.Code, centre.Name, centre.NameKy, centre.NameEn, centre.Address, centre.TimeZoneId));
    }

    [Fact]
    public async Task ABlankNameInAnyLanguageOrAddress_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UpdateCentre { Id = TestApp.Moscow, Name = " ", NameKy = "Борбор", NameEn = null, Address = null }));

        Assert.Equal(["Address", "Name", "NameEn"], error.Errors.Keys.Order());
        Assert.Equal("Центр поддержки мигрантов — Москва", (await App.SendAsync(new ListCentres())).Single(c => c.Id == TestApp.Moscow).Name);
    }

    [Fact]
    public async Task AnotherCentresName_IsRefused_AndAStaleSaveToo()
    {
        var kazan = (await App.SendAsync(new ListCentres())).Single(c => c.Id == TestApp.Kazan);
        var moscow = (await App.SendAsync(new ListCentres())).Single(c => c.Id == TestApp.Moscow);
        UpdateCentre Moscow() => new() { Id = moscow.Id, Version = moscow.Version, Name = moscow.Name, NameKy = moscow.NameKy, NameEn = moscow.NameEn, Address = moscow.Address };

        var taken = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Moscow() with { NameEn = kazan.NameEn }));
        await App.SendAsync(Moscow() with { Address = "Москва, ул. Мясницкая, 1" });
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(Moscow() with { Address = "Москва, ул. Тверская, 2" }));

        Assert.Equal("NameEn", Assert.Single(taken.Errors.Keys));
        Assert.Equal("Москва, ул. Мясницкая, 1", (await App.SendAsync(new ListCentres())).Single(c => c.Id == TestApp.Moscow).Address);
    }

    [Fact]
    public async Task AnUnknownCentre_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new UpdateCentre { Id = 99, Name = "Новый", NameKy = "Борбор", NameEn = "Centre", Address = "Где-то" }));

    [Fact]
    public async Task ACoordinator_MayNotChangeTheirCentre()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new UpdateCentre { Id = TestApp.Moscow, Name = "Новый", NameKy = "Борбор", NameEn = "Centre", Address = "Где-то" }));
    }
}
