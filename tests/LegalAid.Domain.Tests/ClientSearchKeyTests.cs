using LegalAid.Domain.Clients;

namespace LegalAid.Domain.Tests;

public sealed class ClientSearchKeyTests
{
    [Fact]
    public void EveryWordOfEveryNamePart_IsSpeltAndSoundedOnce()
    {
        var tokens = ClientSearchKey.Tokens(new PersonName("Үсөнбаев", "Нурлан", "Асанбек уулу", "Usonbaev Nurlan"));

        Assert.Equal(
            new HashSet<(NameTokenKind, string)>
            {
                (NameTokenKind.Spelling, "usonbaev"), (NameTokenKind.Sound, "Asnbv"),
                (NameTokenKind.Spelling, "nurlan"), (NameTokenKind.Sound, "nrln"),
                (NameTokenKind.Spelling, "asanbek"), (NameTokenKind.Sound, "Asnbk"),
                (NameTokenKind.Spelling, "ulu"),
            },
            tokens);
    }

    [Fact]
    public void ATypedWord_HasASoundOnlyWhenItsSkeletonTellsNamesApart()
    {
        var terms = ClientSearchKey.Terms("Rahmonov  Aziz gor");

        Assert.Equal([new NameTerm("rahmonov", "rhmnv"), new NameTerm("aziz", null, "azij"), new NameTerm("gor", null)], terms);
    }

    [Theory]
    [InlineData("Tas", "taS")]
    [InlineData("Ask", "ash")]
    [InlineData("Koc", "koC")]
    [InlineData("Erz", "erj")]
    [InlineData("D", "j")]
    public void AWordCutInsideALetterPair_IsAlsoSoughtWithThePairFinished(string typed, string unfinished) =>
        Assert.Equal(unfinished, Assert.Single(ClientSearchKey.Terms(typed)).UnfinishedSpelling);

    [Fact]
    public void WordsWithoutLetters_AreLeftOut() =>
        Assert.Equal([new NameTerm("asanov", "Asnv")], ClientSearchKey.Terms("Асанов 1990 -"));

    [Theory]
    [InlineData("İbrahim", "Ibrahim")]
    [InlineData("İsmayıl", "ismail")]
    [InlineData("Əliyev", "Aliev")]
    public void ATurkishOrAzerbaijaniCapital_IsFoundTypedWithoutItsMark(string registered, string typed)
    {
        var tokens = ClientSearchKey.Tokens(new PersonName(registered, "Ali", null, null));

        Assert.Contains((NameTokenKind.Spelling, Assert.Single(ClientSearchKey.Terms(typed)).Spelling), tokens);
    }
}
