namespace LegalAid.Application.Statistics.Engine;

/// <summary>The case figures of a period, as defined in <see cref="IndicatorCalculator"/>.</summary>
internal sealed record CaseCounts(int Opened, int Closed, int OpenAtEnd, long RecoveredMinorUnits, int WithRecovery);
