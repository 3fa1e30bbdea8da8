using LegalAid.Application.Common.Models;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace LegalAid.Infrastructure.Exports;

/// <summary>The styles every workbook the app writes shares (bold headers, dates, number formats), and its column widths.</summary>
internal sealed class XlsxStyles(Spreadsheet spreadsheet)
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    /// <summary>A longer header wraps rather than widening its column.</summary>
    private const int HeaderWrapsAt = 24;

    private readonly Dictionary<CellFormat, StyleId> numbers = new()
    {
        [CellFormat.Count] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") }),
        [CellFormat.Money] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }),
        [CellFormat.Percent] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0%") }),
        [CellFormat.Fractional] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.0") }),
    };

    public StyleId Title { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });

    public StyleId Header { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });

    public StyleId Link { get; } = spreadsheet.AddStyle(Style.Hyperlink);

    public StyleId Date { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });

    public StyleId Month { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm") });

    public StyleId Moment { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm") });

    public StyleId? For(CellFormat format) => numbers.GetValueOrDefault(format);

    /// <summary>A column as wide as the longest of its texts, within bounds.</summary>
    public static double Width(IEnumerable<string> texts) =>
        Math.Clamp(texts.Select(t => t.Length).DefaultIfEmpty(0).Max() + 2, MinWidth, MaxWidth);

    /// <summary>A column under a header as wide as its values and the header's first line.</summary>
    public static double Width(IEnumerable<string> values, string header) =>
        Width(values.Append(header.Length > HeaderWrapsAt ? header[..HeaderWrapsAt] : header));
}
