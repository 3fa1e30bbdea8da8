namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// Widens columns whose longest word would otherwise break between letters (a case number, a date),
/// taking the room from columns that have some to spare, in proportion to their spare room.
/// </summary>
internal static class ColumnFit
{
    public static double[] Widths(IReadOnlyList<double> proposed, IReadOnlyList<double> minimum)
    {
        var widths = proposed.ToArray();
        var needed = widths.Select((w, c) => Math.Max(0, minimum[c] - w)).Sum();
        var spare = widths.Select((w, c) => Math.Max(0, w - minimum[c])).Sum();
        if (needed == 0 || spare < needed)
        {
            return widths;
        }

        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = widths[c] < minimum[c] ? minimum[c] : widths[c] - (needed * (widths[c] - minimum[c]) / spare);
        }

        return widths;
    }
}
