using System.Globalization;
using LegalAid.Application.Statistics.Engine;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Shares and changes shown beside suppressed figures, computed from the true figures. A share is shown when its
/// part and its whole are both shown and the rest (whole minus part) is not from 1 to 4; a change when both figures
/// are shown. So neither can give away a hidden figure: a share of a shown whole would reveal a hidden part, a change
/// from a shown figure a hidden one, and a share near 100 % a small rest.
/// </summary>
public static class DerivedFigures
{
    /// <summary>The share in whole per cent, "x" when hidden, empty when the whole is 0.</summary>
    public static string Share(SuppressedCell part, SuppressedCell whole) =>
        whole.Value == 0 && !whole.IsHidden ? string.Empty
        : part.IsHidden || whole.IsHidden || SmallCellSuppression.IsSmall(whole.Value - part.Value) ? SuppressedCell.ComplementaryText
        : (part.Value / whole.Value).ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>The change in per cent; empty when either figure is hidden or there is nothing to compare with.</summary>
    public static string Change(SuppressedCell now, SuppressedCell before) =>
        now.IsHidden || before.IsHidden ? string.Empty : PercentChange.Of(now.Value, before.Value) ?? string.Empty;
}
