using System.Globalization;
using LegalAid.Application.Common.Charts;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>Draws a chart from the same layout as the web page's SVG, scaled to the page width, as vector shapes.</summary>
internal static class PdfChartWriter
{
    /// <summary>The height the chart takes with its title; it is never split across pages.</summary>
    public static double Height(PdfCanvas canvas, ChartModel chart) => TitleHeight(canvas) + (ChartLayout.For(chart).Height * canvas.Width / ChartLayout.Width);

    public static void Draw(PdfCanvas canvas, ChartModel chart)
    {
        var drawing = ChartLayout.For(chart);
        var scale = canvas.Width / drawing.Width;
        var height = drawing.Height * scale;
        var titleHeight = TitleHeight(canvas);
        canvas.Reserve(titleHeight + height);
        canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () => canvas.Graphics.DrawString(chart.Title, canvas.Style.Heading2, new XSolidBrush(PdfStyle.Accent), new XRect(canvas.Left, canvas.Y, canvas.Width, titleHeight), XStringFormats.TopLeft));
        canvas.Y += titleHeight;

        var graphics = canvas.Graphics;
        var (left, top) = (canvas.Left, canvas.Y);
        // A screen reader says the chart's description: its title, then each bar's label and value as the chart shows it.
        canvas.Structure.BeginElement(PdfIllustrationElementTag.Figure, chart.Description, new XRect(left, top, canvas.Width, height));
        foreach (var shape in drawing.Shapes)
        {
            switch (shape)
            {
                case ChartRect r when r.Width > 0 && r.Height > 0:
                    graphics.DrawRectangle(new XSolidBrush(Colour(r.Colour)), left + (r.X * scale), top + (r.Y * scale), r.Width * scale, r.Height * scale);
                    break;
                case ChartPlaceholder p:
                    var dashed = new XPen(Colour(ChartPlaceholder.Stroke), 0.8 * scale) { DashStyle = XDashStyle.Dash };
                    graphics.DrawRectangle(dashed, new XSolidBrush(Colour(ChartPlaceholder.Fill)), left + (p.X * scale), top + (p.Y * scale), p.Width * scale, p.Height * scale);
                    break;
                case ChartLine l:
                    graphics.DrawLine(new XPen(Colour(l.Colour), l.Thickness * scale), left + (l.X1 * scale), top + (l.Y1 * scale), left + (l.X2 * scale), top + (l.Y2 * scale));
                    break;
                case ChartText t:
                    var format = t.Anchor switch
                    {
                        TextAnchor.Middle => XStringFormats.BaseLineCenter,
                        TextAnchor.End => XStringFormats.BaseLineRight,
                        _ => XStringFormats.BaseLineLeft,
                    };
                    graphics.DrawString(t.Text, PdfStyle.Font(t.Size * scale), XBrushes.Black, new XPoint(left + (t.X * scale), top + (t.Y * scale)), format);
                    break;
            }
        }

        canvas.Structure.End();
        canvas.Y += height + 12;
    }

    private static double TitleHeight(PdfCanvas canvas) => canvas.Style.Heading2.GetHeight() + 4;

    private static XColor Colour(string hex) =>
        XColor.FromArgb(int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
