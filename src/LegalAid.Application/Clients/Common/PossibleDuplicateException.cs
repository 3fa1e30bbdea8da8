using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Clients.Common;

/// <summary>The client may already be registered; the user confirms it is someone else, or opens the existing record.</summary>
public sealed class PossibleDuplicateException(PossibleDuplicates duplicates) : Exception("The client may already be registered.")
{
    public PossibleDuplicates Duplicates { get; } = duplicates;
}
