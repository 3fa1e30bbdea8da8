using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>The current user of design-time tooling: nobody.</summary>
internal sealed class NobodySignedIn : ICurrentUser
{
    public bool IsAuthenticated => false;

    public string? UserId => null;

    public string? UserName => null;

    public int? StaffMemberId => null;

    public int? CentreId => null;

    public string? IpAddress => null;

    public bool IsInRole(string role) => false;
}
