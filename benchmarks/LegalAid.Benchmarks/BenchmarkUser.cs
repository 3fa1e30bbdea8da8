using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;

namespace LegalAid.Benchmarks;

/// <summary>The benchmarks ask as programme staff: every centre, aggregates only.</summary>
internal sealed class BenchmarkUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string? UserId => "benchmark";

    public string? UserName => "benchmark";

    public int? StaffMemberId => null;

    public int? CentreId => null;

    public string? IpAddress => null;

    public bool IsInRole(string role) => role == Roles.ProgrammeStaff;
}
