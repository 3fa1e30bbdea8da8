using System.Text;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class PersonNameTests
{
    [Fact]
    public void Parts_AreTrimmedAndKeptExactly()
    {
        var name = new PersonName("  Үсөнбаев ", "\tНурлан", " Өмүрбекович ", " Usonbaev Nurlan ");

        Assert.Equal("Үсөнбаев", name.FamilyName);
        Assert.Equal("Нурлан", name.GivenName);
        Assert.Equal("Өмүрбекович", name.Patronymic);
        Assert.Equal("Usonbaev Nurlan", name.LatinName);
        Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", name.FullName);
    }

    [Fact]
    public void Parts_AreNormalisedToNfc()
    {
        // "Йўлдошев" typed with decomposed й (и + breve) and ў (у + breve).
        var decomposed = "И\u0306у\u0306лдошев";

        var name = new PersonName(decomposed, "Ботир", null, null);

        Assert.Equal("Йўлдошев", name.FamilyName);
        Assert.True(name.FamilyName.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(8, name.FamilyName.Length);
    }

    [Fact]
    public void CaseAndScriptMixes_AreKept()
    {
        var name = new PersonName("ʼАбдуллаев-Ҷалилов", "Oʻtkir", null, "ABDULLAEV Otkir");

        Assert.Equal("ʼАбдуллаев-Ҷалилов", name.FamilyName);
        Assert.Equal("Oʻtkir", name.GivenName);
        Assert.Equal("ʼАбдуллаев-Ҷалилов Oʻtkir", name.FullName);
        Assert.Equal("ABDULLAEV Otkir", name.LatinName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\t")]
    public void BlankFamilyName_IsRefused(string blank)
    {
        var error = Assert.Throws<DomainException>(() => new PersonName(blank, "Нурлан", null, null));

        Assert.Equal(DomainErrors.Required, error.Code);
        Assert.Equal(nameof(PersonName.FamilyName), error.Field);
    }

    [Fact]
    public void BlankOptionalParts_BecomeNull()
    {
        var name = new PersonName("Асанов", "Бакыт", "  ", "");

        Assert.Null(name.Patronymic);
        Assert.Null(name.LatinName);
    }

    [Theory]
    [InlineData("Асанов\u0000")]
    [InlineData("Аса\u001Bнов")]
    [InlineData("Асанов\nБакыт")]
    public void ControlCharacters_AreRefused(string familyName)
    {
        var error = Assert.Throws<DomainException>(() => new PersonName(familyName, "Бакыт", null, null));

        Assert.Equal(DomainErrors.ControlCharacters, error.Code);
    }

    [Fact]
    public void OverlongPart_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new PersonName(new string('а', PersonName.PartMaxLength + 1), "Бакыт", null, null));

        Assert.Equal(DomainErrors.TooLong, error.Code);
    }
}
