using LegalAid.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace LegalAid.Web.Security;

/// <summary>
/// Page and endpoint policies. They mirror the Application layer's rules, which stay the ones that
/// count: a page refused here would be refused there too.
/// </summary>
internal static class Policies
{
    public const string CaseWorkers = nameof(CaseWorkers);
    public const string Administration = nameof(Administration);
    public const string Audit = nameof(Audit);
    public const string OpposingParties = nameof(OpposingParties);
    public const string Statistics = nameof(Statistics);
    public const string DonorReports = nameof(DonorReports);
    public const string CentreReports = nameof(CentreReports);

    /// <summary>
    /// A coordinator's work on their own centre's records as a whole: imports, exports (administrators import only at
    /// the console), handing a lawyer's cases to another.
    /// </summary>
    public const string CentreData = nameof(CentreData);

    public static AuthorizationBuilder AddLegalAidPolicies(this AuthorizationBuilder builder) =>
        builder
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(CaseWorkers, policy => policy.RequireRole(Roles.Lawyer, Roles.Coordinator).RequireClaim(LegalAidClaims.CentreId))
            .AddPolicy(Administration, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(Audit, policy => policy.RequireRole(Roles.Administrator, Roles.Coordinator))
            .AddPolicy(OpposingParties, policy => policy.RequireRole(Roles.Lawyer, Roles.Coordinator, Roles.ProgrammeStaff))
            .AddPolicy(Statistics, policy => policy.RequireRole(Roles.ProgrammeStaff, Roles.Coordinator, Roles.Administrator))
            .AddPolicy(DonorReports, policy => policy.RequireRole(Roles.ProgrammeStaff, Roles.Donor, Roles.Administrator))
            .AddPolicy(CentreReports, policy => policy.RequireRole(Roles.Coordinator).RequireClaim(LegalAidClaims.CentreId))
            .AddPolicy(CentreData, policy => policy.RequireRole(Roles.Coordinator).RequireClaim(LegalAidClaims.CentreId));
}
