namespace LegalAid.Application.Common.Security;

/// <summary>
/// Only signed-in users may send the request; with <see cref="Roles"/>, only users in one of those
/// comma-separated roles. Checked by the authorisation behaviour for every sender: pages, API, commands.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;
}
