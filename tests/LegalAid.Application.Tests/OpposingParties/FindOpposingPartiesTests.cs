using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.OpposingParties.FindOpposingParties;

namespace LegalAid.Application.Tests.OpposingParties;

public sealed class FindOpposingPartiesTests : ApplicationTest
{
    [Fact]
    public async Task ARepeatOffender_IsCountedAndFlaggedOnItsCases()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        var first = await App.SendAsync(Requests.OpenCase(client));
        await App.SendAsync(Requests.OpenCase(client));
        await App.SendAsync(Requests.OpenCase(client) with { OpposingPartyName = "ООО «Чистый город»" });

        var parties = await App.SendAsync(new FindOpposingParties());
        var @case = await App.SendAsync(new GetCase(first.Id));

        Assert.Equal([("ООО «СтройМонтаж»", 2), ("ООО «Чистый город»", 1)], parties.Items.Select(p => (p.Name, p.Cases)));
        Assert.Equal(1, @case.OpposingPartyOtherCases);
        Assert.Equal(["ООО «Чистый город»"], (await App.SendAsync(new FindOpposingParties(Query: "чистый"))).Items.Select(p => p.Name));
    }
}
