using System.Globalization;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>How a figure changed against an earlier one, as the dashboard, the exports and the reports give it: "+12%", "-3%", "0%".</summary>
public static class PercentChange
{
    /// <summary>The change as a fraction of the earlier figure (0.12 for +12 %); null when the earlier figure is zero.</summary>
    public static decimal? Ratio(decimal now, decimal before) => before == 0 ? null : (now - before) / before;

    /// <summary>
    /// The change in whole per cent, signed, written as the current culture writes a share ("+12 %" and "30 %" in
    /// Russian, "+12%" in English); null when the earlier figure is zero.
    /// </summary>
    public static string? Of(decimal now, decimal before) =>
        Ratio(now, before) is { } ratio ? (Math.Round(ratio, 2) > 0 ? "+" : string.Empty) + ratio.ToString("P0", CultureInfo.CurrentCulture) : null;
}
