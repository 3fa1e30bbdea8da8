using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Clients;

public sealed class GetClientTests : ApplicationTest
{
    [Fact]
    public async Task ShouldReturnTheClientWithTheirCasesNewestFirst()
    {
        var id = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.OpenCase(id) with { OpenedOn = new DateOnly(2026, 1, 10) });
        await App.SendAsync(Requests.OpenCase(id));

        var client = await App.SendAsync(new GetClient(id));

        Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", client.FullName);
        Assert.Equal(("Центр поддержки мигрантов — Москва", "Мигранттарды колдоо борбору — Москва", "Migrant Support Centre — Moscow"), (client.RegisteringCentreName.Ru, client.RegisteringCentreName.Ky, client.RegisteringCentreName.En));
        Assert.Equal(["MOW-2026-00002", "MOW-2026-00001"], client.Cases.Select(c => c.Number));
        Assert.All(client.Cases, c => Assert.Equal(CaseStatus.Open, c.Status));
        Assert.Equal("Невыплата зарплаты, трудовой спор", client.Cases[0].PrimaryCategory.Ru);
        Assert.Equal("Эмгек акынын төлөнбөй калышы, эмгек талашы", client.Cases[0].PrimaryCategory.Ky);
    }

    [Fact]
    public async Task ShouldSayNotFoundForAnUnknownId() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(999)));
}
