using System.Globalization;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>How a figure changed against an earlier one, as the dashboard and the reports print it: "+12%", "-3%", "0%".</summary>
public static class PercentChange
{
    /// <summary>The change in whole per cent in the current culture; null when the earlier figure is zero.</summary>
    public static string? Of(decimal now, decimal before) =>
        before == 0 ? null : ((now - before) / before).ToString("+0%;-0%;0%", CultureInfo.CurrentCulture);
}
