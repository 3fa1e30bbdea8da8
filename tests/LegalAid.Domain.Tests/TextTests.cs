using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("doc\u202Efdp.exe", "docfdp.exe")]
    [InlineData(" \u2066Үсөнбаев\u2069 ", "Үсөнбаев")]
    [InlineData("\u200Fa\u200Eb\u061Cc\u202Ad\u202Be\u202Cf\u202Dg\u2067h\u2068", "abcdefgh")]
    public void Normalize_TakesOutBidiControls(string typed, string kept) =>
        Assert.Equal(kept, Text.Normalize(typed));

    [Fact]
    public void Normalize_KeepsKyrgyzLettersExactly() =>
        Assert.Equal("Өмүрбеков Ңаа", Text.Normalize("  Өмүрбеков Ңаа "));

    [Theory]
    [InlineData("Үсөнбаев Ңаа", "Үсөнбаев Ңаа")]
    [InlineData("Ali Müller", "Ali Müller")]
    [InlineData("Ко\u0308бек", "Кӧбек")]
    [InlineData("Mu\u0308ller", "Müller")]
    [InlineData("O\u02BBg\u02BBiloy", "O\u02BBg\u02BBiloy")]
    [InlineData("\u2126hm", "\u03A9hm")]
    public void ToFormC_ComposesWhatIsDecomposed_AndKeepsWhatIsComposed(string text, string composed) =>
        Assert.Equal(composed, Text.ToFormC(text));

    [Theory]
    [InlineData("doc\u202Efdp.exe", true)]
    [InlineData("a\u2066b", true)]
    [InlineData("Үсөнбаев", false)]
    public void HasBidiControls_FindsThem(string text, bool found) =>
        Assert.Equal(found, Text.HasBidiControls(text));

    [Fact]
    public void HasUndecodableCharacters_FindsTheReplacementCharacter() =>
        Assert.True(Text.HasUndecodableCharacters("Ali\uFFFDev"));
}
