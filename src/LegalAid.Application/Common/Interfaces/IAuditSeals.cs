using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>Opens the personal values audit entries keep sealed with their clients' keys.</summary>
public interface IAuditSeals
{
    /// <summary>
    /// The personal values of each entry sealed only for clients in <paramref name="readableClientIds"/> whose keys still
    /// exist; entries sealed for anyone else, or for a client whose data was erased, are left out.
    /// </summary>
    Task<IReadOnlyDictionary<long, PersonalValues>> OpenAsync(IReadOnlyCollection<AuditEntry> entries, IReadOnlySet<int> readableClientIds, CancellationToken cancellationToken);
}

/// <summary>An entry's personal values: changed fields with their values before and after, and personal details (search terms).</summary>
public sealed record PersonalValues(IReadOnlyDictionary<string, string?[]> Changes, string? Details);
