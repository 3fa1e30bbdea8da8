using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>The acting user of a request: a role and, for lawyers and coordinators, the Moscow centre.</summary>
internal sealed class OfflineUser : ICurrentUser
{
    public bool IsAuthenticated { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public int? StaffMemberId { get; set; }

    public int? CentreId { get; set; }

    public string? IpAddress => "203.0.113.7";

    public string Role { get; set; } = string.Empty;

    public bool IsInRole(string role) => IsAuthenticated && Role == role;
}
