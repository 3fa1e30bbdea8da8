namespace LegalAid.Application.Common.Exceptions;

/// <summary>The signed-in user's role does not allow the request.</summary>
public sealed class ForbiddenAccessException() : Exception("The current user may not do this.");
