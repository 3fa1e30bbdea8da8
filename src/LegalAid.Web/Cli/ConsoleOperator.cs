using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;

namespace LegalAid.Web.Cli;

/// <summary>
/// Who acts on the command line: the operator at the server's console, an administrator of no centre named
/// "console" in the audit trail. Their commands go through the same pipeline as the pages' requests: validation,
/// authorisation, one transaction each, audit.
/// </summary>
internal sealed class ConsoleOperator : ICurrentUser
{
    public const string Name = "console";

    public bool IsAuthenticated => true;

    public string? UserId => null;

    public string? UserName => Name;

    public int? StaffMemberId => null;

    public int? CentreId => null;

    public string? IpAddress => null;

    public bool IsInRole(string role) => role == Roles.Administrator;
}
