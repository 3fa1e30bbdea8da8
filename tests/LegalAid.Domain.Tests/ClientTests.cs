using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class ClientTests
{
    [Fact]
    public void Register_NormalisesThePhoneAndBuildsTheSearchKey()
    {
        var client = new Client(TestData.ClientDetails(), registeringCentreId: 1, TestData.NowUtc);

        Assert.Equal("+79161234567", client.Phone);
        Assert.Equal("үсөнбаев нурлан өмүрбекович usonbaev nurlan Asnbv nrln AmrbkvC Asnbv nrln 79161234567", client.SearchKey);
        Assert.Equal("Asnbv", client.FamilyNameKey);
        Assert.Equal("nrln", client.GivenNameKey);
        Assert.Equal(1990, client.BirthYear);
        Assert.Equal(new DateOnly(1990, 5, 17), client.BirthDate);
    }

    [Fact]
    public void Update_KeepsTheNameTokensInStepWithTheName()
    {
        var client = new Client(TestData.ClientDetails(), 1, TestData.NowUtc);
        var kept = client.NameTokens.Single(t => t.Value == "nurlan");

        client.Update(TestData.ClientDetails() with { Name = new PersonName("Асанова", "Нурлан", null, null) });

        Assert.Equal(["Asnv", "asanova", "nrln", "nurlan"], client.NameTokens.Select(t => t.Value).Order(StringComparer.Ordinal));
        Assert.Same(kept, client.NameTokens.Single(t => t.Value == "nurlan"));
    }

    [Theory]
    [InlineData("Үсөнбаев", true)]
    [InlineData("Ўроқов", true)]
    [InlineData("Abdullaev", false)]
    public void NamesInCyrillic_AreToldApartForSorting(string familyName, bool cyrillic) =>
        Assert.Equal(cyrillic, new Client(TestData.ClientDetails(familyName: familyName), 1, TestData.NowUtc).NameIsCyrillic);

    [Fact]
    public void UnknownCitizenship_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new Client(TestData.ClientDetails(citizenship: "RU"), 1, TestData.NowUtc));

        Assert.Equal(DomainErrors.UnknownCitizenship, error.Code);
    }

    [Fact]
    public void Update_ReplacesTheDetails()
    {
        var client = new Client(TestData.ClientDetails(), 1, TestData.NowUtc);

        client.Update(TestData.ClientDetails(familyName: "Үсөнбаева", givenName: "Айгүл", phone: null));

        Assert.Equal("Үсөнбаева", client.Name.FamilyName);
        Assert.Null(client.Phone);
        Assert.StartsWith("үсөнбаева айгүл", client.SearchKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_WithoutLegalAidScope_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new Consent(TestData.Today, ConsentScope.Contact, TestData.Today));

        Assert.Equal(DomainErrors.ConsentRequired, error.Code);
    }

    [Fact]
    public void Consent_DatedTomorrow_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new Consent(TestData.Today.AddDays(1), ConsentScope.LegalAid, TestData.Today));

        Assert.Equal(DomainErrors.InFuture, error.Code);
    }
}
