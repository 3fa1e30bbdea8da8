using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;

namespace LegalAid.Benchmarks;

/// <summary>Who the benchmarks ask as: programme staff (every centre, aggregates only) unless a suite acts as a centre's lawyer or as the background task.</summary>
internal sealed class BenchmarkUser : ICurrentUser
{
    public string Role { get; private set; } = Roles.ProgrammeStaff;

    public bool IsAuthenticated { get; private set; } = true;

    public string? UserId => "benchmark";

    public string? UserName => "benchmark";

    public int? StaffMemberId { get; private set; }

    public int? CentreId { get; private set; }

    public string? IpAddress => null;

    public bool IsInRole(string role) => role == Role;

    public void ActAsLawyer(int centreId, int staffMemberId) => (Role, CentreId, StaffMemberId) = (Roles.Lawyer, centreId, staffMemberId);

    public void ActAsCoordinator(int centreId, int staffMemberId) => (Role, CentreId, StaffMemberId, IsAuthenticated) = (Roles.Coordinator, centreId, staffMemberId, true);

    public void ActAsProgrammeStaff() => (Role, CentreId, StaffMemberId, IsAuthenticated) = (Roles.ProgrammeStaff, null, null, true);

    /// <summary>As the app's background task, which nobody is signed in to.</summary>
    public void ActAsBackgroundTask() => (Role, CentreId, StaffMemberId, IsAuthenticated) = (string.Empty, null, null, false);
}
