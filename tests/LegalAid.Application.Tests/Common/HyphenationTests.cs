using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common;

public sealed class HyphenationTests : ApplicationTest
{
    [Theory]
    [InlineData("Административное", "Ад-ми-нис-тра-тив-ное")]
    [InlineData("Представительство", "Пред-ста-ви-тель-ство")]
    [InlineData("консультации", "кон-суль-та-ции")]
    [InlineData("Взыскано", "Взыс-ка-но")]
    [InlineData("большой", "боль-шой")]
    [InlineData("семья", "се-мья")]
    [InlineData("район", "рай-он")]
    [InlineData("поэт", "по-эт")]
    [InlineData("Мигранттарды", "Миг-рант-тар-ды")]
    [InlineData("Кардарлардын", "Кар-дар-лар-дын")]
    [InlineData("Өндүрүлгөн", "Өн-дү-рүл-гөн")]
    [InlineData("Consultations", "Con-sul-ta-tions")]
    [InlineData("MOW-2026-00001", "MOW-2026-00001")]
    [InlineData("оно", "оно")]
    public void AWordBreaksBetweenSyllables_NeverLeavingOneLetterAlone(string word, string syllables) =>
        Assert.Equal(syllables, string.Join('-', Pieces(word, Hyphenation.BreakPoints(word))));

    [Fact]
    public async Task InAPdfTableTooNarrowForItsHeaders_AHeaderWordBreaksOnlyBetweenSyllables_WithAHyphen()
    {
        string[] headers = ["Административное", "Представительство", "Гражданство", "Трудоустройство", "Задолженность", "Консультации", "Депортация", "Мигранттарды"];
        var table = new Table(headers.Select(h => new TableColumn(h)).ToList(), [headers.Select(_ => "7").ToList()]);
        var pdf = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()
            .Render(ReportDocument.Create("Таблица", "Заголовок", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, [table]))));

        var words = await PdfText.WordsAsync(pdf);
        var (top, body) = (words.First(w => w.Text == "Заголовок").Y, words.First(w => w.Text == "7").Y);
        var columns = words.Where(w => w.Y > top && w.Y < body).GroupBy(w => Math.Round(w.X)).OrderBy(g => g.Key).Select(g => g.OrderBy(w => w.Y).Select(w => w.Text).ToList()).ToList();

        Assert.Equal(headers.Length, columns.Count);
        Assert.Contains(columns, lines => lines.Count > 1);
        foreach (var (header, lines) in headers.Zip(columns))
        {
            var pieces = lines.Select(l => l.TrimEnd('\u00AD')).ToList();
            Assert.Equal(header, string.Concat(pieces));
            Assert.All(lines.SkipLast(1), line => Assert.EndsWith("\u00AD", line, StringComparison.Ordinal)); // the soft hyphen a line break puts, drawn as a hyphen
            Assert.All(pieces, piece => Assert.True(piece.Length >= 2, $"{header}: «{piece}» alone on a line"));
            var breaks = Enumerable.Range(1, pieces.Count - 1).Select(n => pieces.Take(n).Sum(p => p.Length));
            Assert.Subset(Hyphenation.BreakPoints(header).ToHashSet(), breaks.ToHashSet());
        }
    }

    private static IEnumerable<string> Pieces(string word, IReadOnlyList<int> points)
    {
        var start = 0;
        foreach (var point in points)
        {
            yield return word[start..point];
            start = point;
        }

        yield return word[start..];
    }
}
