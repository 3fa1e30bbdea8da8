using LegalAid.Domain.Clients;

namespace LegalAid.Domain.Tests;

public sealed class NameFoldingTests
{
    /// <summary>Spellings of one name met in passports, registrations and lawyers' notes.</summary>
    [Theory]
    [InlineData("Үсөнбаев", "Usonbaev")]
    [InlineData("Үсөнбаев", "Usenbaev")]
    [InlineData("Үсөнбаев", "Усенбаев")]
    [InlineData("Үсөнбаев", "USONBAEV")]
    [InlineData("Жумабеков", "Zhumabekov")]
    [InlineData("Жумабеков", "Dzhumabekov")]
    [InlineData("Жумабеков", "Jumabekov")]
    [InlineData("Чыңгышев", "Chyngyshev")]
    [InlineData("Чыңгышев", "Chynggyshev")]
    [InlineData("Чыңгышев", "Chingishev")]
    [InlineData("Чыңгыз", "Chingiz")]
    [InlineData("Өмүрбек", "Omurbek")]
    [InlineData("Элдияр", "Eldiiar")]
    [InlineData("Ҷалилов", "Jalilov")]
    [InlineData("Ҷалилов", "Dzhalilov")]
    [InlineData("Ҷалилов", "Джалилов")]
    [InlineData("Раҳимов", "Rahimov")]
    [InlineData("Раҳимов", "Rakhimov")]
    [InlineData("Раҳимов", "Рахимов")]
    [InlineData("Қодиров", "Qodirov")]
    [InlineData("Қодиров", "Kodirov")]
    [InlineData("Ғафуров", "Gafurov")]
    [InlineData("Ғафуров", "Ghafurov")]
    [InlineData("Некрӯз", "Nekruz")]
    [InlineData("Исмоил", "Ismoil")]
    [InlineData("Ўринбоев", "Oʻrinboyev")]
    [InlineData("Ўринбоев", "Urinboev")]
    [InlineData("Ғуломов", "Gʻulomov")]
    [InlineData("Ғуломов", "G'ulomov")]
    [InlineData("Йўлдошев", "Yuldashev")]
    [InlineData("Йўлдошев", "Yo'ldoshev")]
    [InlineData("Холматов", "Xolmatov")]
    [InlineData("Холматов", "Kholmatov")]
    [InlineData("Шуҳрат", "Shuhrat")]
    [InlineData("Юсупов", "Yusupov")]
    [InlineData("Юсупов", "Usupov")]
    [InlineData("Эшимбеков", "Eshimbekov")]
    [InlineData("Элёр", "Elyor")]
    [InlineData("Мамедов", "Məmmədov")]
    [InlineData("Джафаров", "Cəfərov")]
    [InlineData("Шахин", "Şahin")]
    [InlineData("Асхат", "Askhat")]
    [InlineData("Жеңишбек", "Zhengishbek")]
    public void SpellingsOfOneName_FoldAlike(string one, string other) =>
        Assert.Equal(NameFolding.Fold(one), NameFolding.Fold(other));

    [Theory]
    [InlineData("Асанов", "Осмонов")]
    [InlineData("Каримов", "Кадыров")]
    [InlineData("Садыров", "Сыдыков")]
    [InlineData("Нурлан", "Нурбек")]
    [InlineData("Azamat", "Aibek")]
    public void DifferentNames_StayApart(string one, string other) =>
        Assert.NotEqual(NameFolding.Fold(one), NameFolding.Fold(other));

    [Fact]
    public void EveryWordIsFolded()
    {
        Assert.Equal("Asnbv nrln AmrbkvC", NameFolding.Fold("Үсөнбаев Нурлан Өмүрбекович"));
        Assert.Equal("Asnbv", NameFolding.FoldFirstWord("Үсөнбаев-Асанова"));
    }

    /// <summary>What is typed starts the spelling of the name in the other script.</summary>
    [Theory]
    [InlineData("Гор", "Gor")]
    [InlineData("Азиз", "Aziz")]
    [InlineData("Айбек", "Aibek")]
    [InlineData("Юсупов", "Iusupov")]
    [InlineData("Юсупов", "Yusupov")]
    [InlineData("Чыңгыз", "Chingiz")]
    [InlineData("Раҳмонов", "Rakhmonov")]
    [InlineData("Ҷамшед", "Dzhamshed")]
    [InlineData("Абдуллаев", "Abdulaev")]
    [InlineData("Шоҳин", "SHOHIN")]
    [InlineData("Асхат", "Askhat")]
    [InlineData("Ўткир", "Oʻtkir")]
    [InlineData("Ўткир", "O'tkir")]
    [InlineData("Жеңишбек", "Zhengishbek")]
    [InlineData("Жеңишбек", "Женишбек")]
    public void SpellingsOfOneName_AreSpeltAlike(string one, string other) =>
        Assert.Equal(NameFolding.Spelling(one.ToLowerInvariant()), NameFolding.Spelling(other.ToLowerInvariant()));

    [Theory]
    [InlineData("уулу", "uulu")]
    [InlineData("уулу", "uly")]
    [InlineData("уулу", "ulu")]
    [InlineData("уулу", "ұлы")]
    [InlineData("уулу", "ўғли")]
    [InlineData("уулу", "oʻgʻli")]
    [InlineData("уулу", "оглы")]
    [InlineData("уулу", "oğlu")]
    [InlineData("кызы", "kyzy")]
    [InlineData("кызы", "kizi")]
    [InlineData("кызы", "қизи")]
    [InlineData("кызы", "qızı")]
    [InlineData("кызы", "гызы")]
    public void SonAndDaughterOf_AreOneWordInEverySpelling(string one, string other) =>
        Assert.Equal(NameFolding.Spelling(one), NameFolding.Spelling(other));

    [Fact]
    public void WordsSplitAtSpacesHyphensAndPunctuation() =>
        Assert.Equal(["үсөнбаева", "асанова", "айгүл", "уулу"], NameFolding.Words("Үсөнбаева-Асанова  Айгүл, (уулу)"));
}
