using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using LegalAid.Application.Common.Charts;
using Microsoft.AspNetCore.Html;

namespace LegalAid.Web.Statistics;

/// <summary>Draws a chart's layout as inline SVG: no script, no external library, an accessible title and description.</summary>
public static class SvgChart
{
    public static IHtmlContent Render(ChartModel chart)
    {
        var drawing = ChartLayout.For(chart);
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {drawing.Width:0} {drawing.Height:0}" role="img" aria-labelledby="chart-{chart.Key}-title chart-{chart.Key}-desc" xmlns="http://www.w3.org/2000/svg">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="chart-{chart.Key}-title">{html.Encode(chart.Title)}</title><desc id="chart-{chart.Key}-desc">{html.Encode(chart.Description)}</desc>""");
        foreach (var shape in drawing.Shapes)
        {
            svg.Append(shape switch
            {
                ChartRect r => string.Create(CultureInfo.InvariantCulture, $"""<rect x="{r.X:0.##}" y="{r.Y:0.##}" width="{r.Width:0.##}" height="{r.Height:0.##}" fill="{r.Colour}"/>"""),
                ChartPlaceholder p => string.Create(CultureInfo.InvariantCulture, $"""<rect x="{p.X:0.##}" y="{p.Y:0.##}" width="{p.Width:0.##}" height="{p.Height:0.##}" fill="{ChartPlaceholder.Fill}" stroke="{ChartPlaceholder.Stroke}" stroke-width="0.8" stroke-dasharray="3 2"/>"""),
                ChartLine l => string.Create(CultureInfo.InvariantCulture, $"""<line x1="{l.X1:0.##}" y1="{l.Y1:0.##}" x2="{l.X2:0.##}" y2="{l.Y2:0.##}" stroke="{l.Colour}" stroke-width="{l.Thickness:0.##}"/>"""),
                ChartText t => string.Create(CultureInfo.InvariantCulture, $"""<text x="{t.X:0.##}" y="{t.Y:0.##}" font-size="{t.Size:0.##}" text-anchor="{Anchor(t.Anchor)}">{html.Encode(t.Text)}</text>"""),
                _ => string.Empty,
            });
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Anchor(TextAnchor anchor) => anchor switch
    {
        TextAnchor.Middle => "middle",
        TextAnchor.End => "end",
        _ => "start",
    };
}
