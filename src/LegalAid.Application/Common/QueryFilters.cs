namespace LegalAid.Application.Common;

/// <summary>The names of the model's query filters, for the few reads that must see past one of them.</summary>
public static class QueryFilters
{
    /// <summary>Lawyers and coordinators see only their centre's records.</summary>
    public const string CentreScope = nameof(CentreScope);

    /// <summary>
    /// Voided consultations, deadlines, referrals and documents are out of every read (statistics, reports, the desk,
    /// the case file) but the case file's "show voided" view and the audit trail.
    /// </summary>
    public const string Voided = nameof(Voided);

    public static readonly IReadOnlyCollection<string> VoidedOnly = [Voided];

    /// <summary>For reads across centres (statistics, the calendar feed read without a signed-in user) that still leave voided records out.</summary>
    public static readonly IReadOnlyCollection<string> CentreScopeOnly = [CentreScope];
}
