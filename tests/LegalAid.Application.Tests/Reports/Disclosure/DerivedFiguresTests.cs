using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Application.Tests.Reports.Disclosure;

public sealed class DerivedFiguresTests
{
    private static readonly SuppressedCell Shown32 = new(32, Suppression.None);
    private static readonly SuppressedCell Shown94 = new(94, Suppression.None);

    [Fact]
    public void AShareOfShownFigures_IsShown_FromTheTrueFigures()
    {
        using var _ = ReportLanguage.Use("en");

        Assert.Equal("34%", DerivedFigures.Share(Shown32, Shown94));
        Assert.Equal("0%", DerivedFigures.Share(new(0, Suppression.None), Shown94));
    }

    [Fact]
    public void AShareThatWouldGiveAHiddenFigureAway_IsHidden()
    {
        using var _ = ReportLanguage.Use("en");

        // A hidden part times a shown whole, a shown part over a hidden whole, and 90 of 94 (4 not in favour) would each tell a hidden count.
        Assert.Equal("x", DerivedFigures.Share(Shown32 with { Suppression = Suppression.Complementary }, Shown94));
        Assert.Equal("x", DerivedFigures.Share(Shown32, Shown94 with { Suppression = Suppression.Complementary }));
        Assert.Equal("x", DerivedFigures.Share(new(3, Suppression.SmallCount), Shown94));
        Assert.Equal("x", DerivedFigures.Share(new(90, Suppression.None), Shown94));
        Assert.Equal(string.Empty, DerivedFigures.Share(new(0, Suppression.None), new(0, Suppression.None)));
    }

    [Fact]
    public void AChange_IsShownOnlyBetweenTwoShownFigures()
    {
        using var _ = ReportLanguage.Use("en");

        Assert.Equal("+10%", DerivedFigures.Change(new(110, Suppression.None), new(100, Suppression.None)));
        Assert.Equal(string.Empty, DerivedFigures.Change(new(110, Suppression.None), new(4, Suppression.SmallCount)));
        Assert.Equal(string.Empty, DerivedFigures.Change(new(110, Suppression.Complementary), new(100, Suppression.None)));
        Assert.Equal(string.Empty, DerivedFigures.Change(new(110, Suppression.None), new(0, Suppression.None)));
    }
}
