namespace LegalAid.Application.Common.Security;

/// <summary>The roles of the programme's accounts and what they may do.</summary>
public static class Roles
{
    /// <summary>Registers clients, works cases and logs consultations at their own centre.</summary>
    public const string Lawyer = nameof(Lawyer);

    /// <summary>All a lawyer may, plus reassigning cases and reading the centre's audit trail.</summary>
    public const string Coordinator = nameof(Coordinator);

    /// <summary>Aggregated statistics and donor reports across centres; never personal data.</summary>
    public const string ProgrammeStaff = nameof(ProgrammeStaff);

    /// <summary>Published donor reports only.</summary>
    public const string Donor = nameof(Donor);

    /// <summary>Accounts, centres, taxonomy and the audit trail; no case work.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>The roles that work with clients and cases, always within one centre.</summary>
    public const string CaseWorkers = Lawyer + "," + Coordinator;

    public static IReadOnlyList<string> All { get; } = [Lawyer, Coordinator, ProgrammeStaff, Donor, Administrator];

    /// <summary>Roles whose accounts belong to one centre and see only its records.</summary>
    public static bool IsCentreScoped(string role) => role is Lawyer or Coordinator;

    /// <summary>
    /// The roles an account with <paramref name="role"/> may be given: a centre's lawyer or coordinator stays in centre
    /// work (their cases belong to the centre), and programme-wide accounts stay programme-wide.
    /// </summary>
    public static IEnumerable<string> ChangeableTo(string role) => All.Where(other => IsCentreScoped(other) == IsCentreScoped(role));
}
