using LegalAid.Infrastructure.Exports;

namespace LegalAid.Web.Tests.Exports;

public sealed class SheetNamesTests
{
    [Fact]
    public void ALongTitle_IsCutAtAWordBoundary_WithinExcelsLimit()
    {
        var names = new SheetNames();

        Assert.Equal("Закрытые дела по результату и", names.For("Закрытые дела по результату и проблеме"));
        Assert.Equal("Борборлор жана көйгөйлөр боюнча", names.For("Борборлор жана көйгөйлөр боюнча консультациялар"));
    }

    [Fact]
    public void TitlesThatCutTheSame_OrRepeat_GetNumberedNames()
    {
        var names = new SheetNames();

        var first = names.For("Консультации по центрам и проблемам за первый квартал");
        var second = names.For("Консультации по центрам и проблемам за второй квартал");
        var again = names.For("консультации по центрам и");

        Assert.Equal("Консультации по центрам и", first);
        Assert.Equal("Консультации по центрам и (2)", second);
        Assert.Equal("консультации по центрам и (3)", again);
        Assert.All([first, second, again], n => Assert.True(n.Length <= SheetNames.MaxLength, n));
    }

    [Fact]
    public void CharactersExcelRefuses_AndEdgeApostrophes_AreLeftOut()
    {
        var names = new SheetNames();

        Assert.Equal("Итоги 2026 Q1 MOW KZN", names.For("'Итоги 2026: Q1 [MOW/KZN]?*'"));
        Assert.Equal("Дела", names.For("Дела"));
        Assert.Equal(new string('Ж', 31), names.For(new string('Ж', 40)));
    }
}
