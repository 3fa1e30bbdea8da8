using System.Globalization;
using System.Security.Claims;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;

namespace LegalAid.Web.Security;

/// <summary>The signed-in user of the current request, read from their claims.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? User => httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? User!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? UserName => IsAuthenticated ? User!.FindFirstValue(ClaimTypes.Name) : null;

    public int? StaffMemberId => Number(LegalAidClaims.StaffMemberId);

    public int? CentreId => Number(LegalAidClaims.CentreId);

    public string? IpAddress => httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => IsAuthenticated && User!.IsInRole(role);

    private int? Number(string claim) =>
        IsAuthenticated && User!.FindFirstValue(claim) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
