namespace LegalAid.Application.Statistics.Engine;

/// <summary>The "Statistics" configuration section.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>
    /// How long loaded figures serve further requests before the database is read again, unless a change to what
    /// they hold comes first; the dashboard shows the time they were read. Zero reads the database on every request.
    /// </summary>
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whole years before the current one whose facts <see cref="RecentStatistics"/> keeps in memory for readers
    /// who see every centre, reloaded every <see cref="FreshFor"/>, so that any period in them is answered from
    /// memory even the first time it is asked for. Zero turns it off.
    /// </summary>
    public int KeepRecentYears { get; set; } = 2;

    /// <summary>The most consultation facts kept in memory across all cached windows (about 60 bytes each with their companions).</summary>
    public long MaxCachedConsultations { get; set; } = 3_000_000;
}
