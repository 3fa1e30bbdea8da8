using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Tests.Clients;

public sealed class UpdateClientTests : ApplicationTest
{
    [Fact]
    public async Task ShouldSaveTheChangeAndMoveTheVersionOn()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        var version = await App.SendAsync(Edit(id, version: 0) with { GivenName = "Нурбек", Phone = "+996 555 12 34 56" });

        var client = await App.SendAsync(new GetClient(id));
        Assert.Equal(1, version);
        Assert.Equal(1, client.Version);
        Assert.Equal("Нурбек", client.GivenName);
        Assert.Equal("+996555123456", client.Phone);
    }

    [Fact]
    public async Task ShouldRefuseAStaleEditAndKeepTheOtherPersonsChange()
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Edit(id, version: 0) with { GivenName = "Нурбек" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(Edit(id, version: 0) with { GivenName = "Эрлан" }));

        var client = await App.SendAsync(new GetClient(id));
        Assert.Equal("Нурбек", client.GivenName);
        Assert.Equal(1, client.Version);
    }

    [Fact]
    public async Task ShouldSayNotFoundForAnUnknownClient() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Edit(4242, version: 0)));

    [Fact]
    public async Task ShouldValidateLikeRegistration()
    {
        var id = await App.SendAsync(Requests.RegisterClient());

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Edit(id, version: 0) with { FamilyName = " " }));

        Assert.Equal("FamilyName", Assert.Single(error.Errors.Keys));
        Assert.Equal("Үсөнбаев", (await App.SendAsync(new GetClient(id))).FamilyName);
    }

    [Fact]
    public async Task TheClientAsRead_SavesBackUnchanged()
    {
        var id = await App.SendAsync(Requests.RegisterClient() with { DateOfBirth = null, BirthYear = 1990 });
        var before = await App.SendAsync(new GetClient(id));

        var version = await App.SendAsync(UpdateClient.From(before));

        Assert.Equal(0, version);
        Assert.Equal(before, await App.SendAsync(new GetClient(id)) with { Cases = before.Cases });
    }

    private static UpdateClient Edit(int id, int version)
    {
        var registered = Requests.RegisterClient();
        return new UpdateClient
        {
            Id = id,
            Version = version,
            FamilyName = registered.FamilyName,
            GivenName = registered.GivenName,
            Patronymic = registered.Patronymic,
            LatinName = registered.LatinName,
            Sex = registered.Sex,
            DateOfBirth = registered.DateOfBirth,
            Citizenship = registered.Citizenship,
            Phone = registered.Phone,
            PreferredLanguage = registered.PreferredLanguage,
            ConsentGivenOn = registered.ConsentGivenOn,
            ConsentScopes = [ConsentScope.LegalAid],
        };
    }
}
