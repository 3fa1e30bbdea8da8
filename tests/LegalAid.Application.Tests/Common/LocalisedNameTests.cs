using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;

namespace LegalAid.Application.Tests.Common;

public sealed class LocalisedNameTests
{
    [Theory]
    [InlineData("ru", "Центр поддержки мигрантов — Москва")]
    [InlineData("ky", "Мигранттарды колдоо борбору — Москва")]
    [InlineData("en", "Migrant Support Centre — Moscow")]
    public void TheNameIsShownInTheReadersLanguage(string language, string expected)
    {
        using var scope = ReportLanguage.Use(language);

        Assert.Equal(expected, new LocalisedName { Ru = "Центр поддержки мигрантов — Москва", Ky = "Мигранттарды колдоо борбору — Москва", En = "Migrant Support Centre — Moscow" }.ToString());
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("en")]
    public void ANameNotGivenInTheReadersLanguage_IsShownInRussian(string language)
    {
        using var scope = ReportLanguage.Use(language);

        Assert.Equal("Трудовая инспекция", new LocalisedName { Ru = "Трудовая инспекция" }.ToString());
    }
}
