namespace LegalAid.Application.Common.Exceptions;

/// <summary>The signed-in user's role does not allow the request; <see cref="Needs"/> names the roles that would, when known.</summary>
public sealed class ForbiddenAccessException(string? needs = null) : Exception("The current user may not do this.")
{
    public string? Needs { get; } = needs;
}
