using System.Globalization;
using System.Security.Claims;
using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Web.Infrastructure;

/// <summary>The signed-in user of the current request, read from their claims.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public const string StaffMemberIdClaim = "legalaid:staff_member_id";

    public int? StaffMemberId =>
        httpContextAccessor.HttpContext?.User.FindFirstValue(StaffMemberIdClaim) is { } value
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : null;
}
