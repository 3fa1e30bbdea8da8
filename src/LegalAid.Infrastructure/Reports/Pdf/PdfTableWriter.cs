using LegalAid.Application.Common.Reports;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>Draws a table: the header row again on every page the table reaches, rows kept whole (short tables too), totals in bold, its note under it.</summary>
internal static class PdfTableWriter
{
    /// <summary>A table no taller than this share of a page moves whole to the next page rather than split.</summary>
    private const double KeepTogetherShare = 0.35;

    /// <summary>Measures every cell once; the result says how much room the table needs to start and then draws it.</summary>
    public static PreparedTable Prepare(PdfCanvas canvas, Table table)
    {
        var style = canvas.Style;
        var weights = table.Columns.Sum(c => c.Width);
        var (widths, headerFont) = FitWords(canvas, table, table.Columns.Select(c => canvas.Width * c.Width / weights).ToArray());
        var header = Layout(canvas, table, table.Columns.Select(c => c.Title).ToList(), widths, headerFont);
        var rows = table.Rows.Select(r => Layout(canvas, table, r, widths, style.Small)).ToList();
        var total = table.Total is null ? null : Layout(canvas, table, table.Total, widths, style.SmallBold);
        var note = table.Note is null ? [] : TextWrap.Lines(canvas.Graphics, table.Note, style.Small, canvas.Width);
        var noteHeight = note.Count * style.Small.GetHeight() * 1.2;
        var whole = header.Height + rows.Sum(r => r.Height) + (total?.Height ?? 0) + noteHeight;
        var start = whole <= canvas.Bottom * KeepTogetherShare ? whole : header.Height + (rows.Count > 0 ? rows[0].Height : 0);
        return new PreparedTable(table, widths, header, rows, total, start, note, noteHeight);
    }

    public static void Draw(PdfCanvas canvas, PreparedTable prepared)
    {
        var (table, widths, header, rows, total) = (prepared.Table, prepared.Widths, prepared.Header, prepared.Rows, prepared.Total);
        var structure = canvas.Structure;
        canvas.Reserve(prepared.StartHeight);
        structure.BeginElement(PdfBlockLevelElementTag.Table);
        canvas.Tagged(PdfBlockLevelElementTag.TableHeadRowGroup, () => DrawRow(header, PdfStyle.Accent, XColors.White, PdfBlockLevelElementTag.TableHeaderCell));
        structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        for (var i = 0; i < rows.Count; i++)
        {
            // The last row goes with the total and the note, so neither stands alone on a page.
            var needed = rows[i].Height + (i == rows.Count - 1 ? (total?.Height ?? 0) + prepared.NoteHeight : 0);
            if (canvas.Y + needed > canvas.Bottom)
            {
                NewPageWithHeader();
            }

            DrawRow(rows[i], i % 2 == 1 ? PdfStyle.Stripe : null, XColors.Black, PdfBlockLevelElementTag.TableDataCell);
        }

        structure.End();
        if (total is not null)
        {
            if (canvas.Y + total.Height + prepared.NoteHeight > canvas.Bottom)
            {
                NewPageWithHeader();
            }

            canvas.Artifact(() => canvas.Graphics.DrawLine(new XPen(PdfStyle.Accent, 0.8), canvas.Left, canvas.Y, canvas.Left + widths.Sum(), canvas.Y));
            canvas.Tagged(PdfBlockLevelElementTag.TableFooterRowGroup, () => DrawRow(total, null, XColors.Black, PdfBlockLevelElementTag.TableDataCell));
        }

        structure.End();
        if (prepared.Note.Count > 0)
        {
            canvas.Y += 3;
            canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () => canvas.DrawLines(prepared.Note, canvas.Style.Small, PdfStyle.Muted, canvas.Left, canvas.Width));
        }

        canvas.Y += 10;

        // The header row again at the top of the page, for the eye; screen readers have it once.
        void NewPageWithHeader()
        {
            canvas.NewPage();
            canvas.Artifact(() => DrawRow(header, PdfStyle.Accent, XColors.White, cellTag: null));
        }

        // A row (TR) of cells tagged cellTag; without one, its cells are drawn inside whatever the caller began.
        void DrawRow(RowLayout row, XColor? fill, XColor text, PdfBlockLevelElementTag? cellTag)
        {
            var graphics = canvas.Graphics;
            if (cellTag is not null)
            {
                structure.BeginElement(PdfBlockLevelElementTag.TableRow);
            }

            if (fill is { } colour)
            {
                canvas.Artifact(() => graphics.DrawRectangle(new XSolidBrush(colour), canvas.Left, canvas.Y, widths.Sum(), row.Height));
            }

            var x = canvas.Left;
            var brush = new XSolidBrush(text);
            var lineHeight = row.Font.GetHeight();
            for (var c = 0; c < widths.Length; c++)
            {
                var y = canvas.Y + PdfStyle.CellPadding;
                var format = table.Columns[c].Numeric ? XStringFormats.TopRight : XStringFormats.TopLeft;
                if (cellTag is { } tag)
                {
                    structure.BeginElement(tag);
                }

                foreach (var line in row.Cells[c])
                {
                    graphics.DrawString(line, row.Font, brush, new XRect(x + PdfStyle.CellPadding, y, widths[c] - (2 * PdfStyle.CellPadding), lineHeight), format);
                    y += lineHeight;
                }

                if (cellTag is not null)
                {
                    structure.End();
                }

                x += widths[c];
            }

            canvas.Artifact(() => graphics.DrawLine(new XPen(PdfStyle.Rule, 0.4), canvas.Left, canvas.Y + row.Height, canvas.Left + widths.Sum(), canvas.Y + row.Height));
            if (cellTag is not null)
            {
                structure.End();
            }

            canvas.Y += row.Height;
        }
    }

    /// <summary>Room for every word of the body, and for the header's words too, in a smaller type if the page needs it.</summary>
    private static (double[] Widths, XFont HeaderFont) FitWords(PdfCanvas canvas, Table table, double[] proposed)
    {
        EnsurePage(canvas);
        var style = canvas.Style;
        IEnumerable<IReadOnlyList<string>> body = table.Total is null ? table.Rows : [.. table.Rows, table.Total];
        var bodyWords = Enumerable.Range(0, proposed.Length)
            .Select(c => body.Select(r => c < r.Count ? WidestWord(canvas, r[c], style.SmallBold) : 0).DefaultIfEmpty(0).Max())
            .ToArray();
        foreach (var font in new[] { style.SmallBold, style.TinyBold })
        {
            var minimum = bodyWords.Select((width, c) => Math.Max(width, WidestWord(canvas, table.Columns[c].Title, font))).ToArray();
            if (ColumnFit.Widths(proposed, minimum) is var widths && widths.Select((w, c) => w >= minimum[c]).All(fits => fits))
            {
                return (widths, font);
            }
        }

        return (ColumnFit.Widths(proposed, bodyWords), style.TinyBold);
    }

    private static double WidestWord(PdfCanvas canvas, string text, XFont font) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => canvas.Graphics.MeasureString(w, font).Width + (2 * PdfStyle.CellPadding) + 0.5).DefaultIfEmpty(0).Max();

    private static void EnsurePage(PdfCanvas canvas)
    {
        if (canvas.Document.PageCount == 0)
        {
            canvas.NewPage();
        }
    }

    private static RowLayout Layout(PdfCanvas canvas, Table table, IReadOnlyList<string> cells, double[] widths, XFont font)
    {
        var lines = widths.Select((width, c) => TextWrap.Lines(canvas.Graphics, c < cells.Count ? cells[c] : string.Empty, font, width - (2 * PdfStyle.CellPadding), alignedRight: table.Columns[c].Numeric)).ToList();
        var height = (lines.Max(l => l.Count) * font.GetHeight()) + (2 * PdfStyle.CellPadding);
        return new RowLayout(lines, height, font);
    }

    internal sealed record RowLayout(List<List<string>> Cells, double Height, XFont Font);

    /// <param name="StartHeight">The room the table needs on the page it starts on: all of it when short, else its header and first row.</param>
    internal sealed record PreparedTable(Table Table, double[] Widths, RowLayout Header, List<RowLayout> Rows, RowLayout? Total, double StartHeight, IReadOnlyList<string> Note, double NoteHeight);
}
