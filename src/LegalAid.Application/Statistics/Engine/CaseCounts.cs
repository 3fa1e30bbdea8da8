namespace LegalAid.Application.Statistics.Engine;

/// <summary>The case figures of a period, as defined in <see cref="IndicatorCalculator"/>.</summary>
internal readonly record struct CaseCounts(int Opened, int Closed, int OpenAtEnd, long RecoveredMinorUnits, int WithRecovery)
{
    public static CaseCounts operator +(CaseCounts left, CaseCounts right) => new(
        left.Opened + right.Opened,
        left.Closed + right.Closed,
        left.OpenAtEnd + right.OpenAtEnd,
        checked(left.RecoveredMinorUnits + right.RecoveredMinorUnits),
        left.WithRecovery + right.WithRecovery);
}
