using System.Text.Json;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;

namespace LegalAid.Infrastructure.Auditing;

internal sealed class AuditSeals(LegalAidDbContext db) : IAuditSeals
{
    public async Task<IReadOnlyDictionary<long, PersonalValues>> OpenAsync(
        IReadOnlyCollection<AuditEntry> entries, IReadOnlySet<int> readableClientIds, CancellationToken cancellationToken)
    {
        var opened = await db.Sealing.OpenAsync(entries, readableClientIds, cancellationToken);
        return opened.ToDictionary(
            e => e.Key,
            e => new PersonalValues(
                (e.Value.Changes ?? []).ToDictionary(c => c.Key, c => c.Value.Select(Text).ToArray()),
                e.Value.Details));
    }

    /// <summary>A value as the trail shows it: read back from JSON, a string, a number or a date alike.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
        JsonElement other => other.GetRawText(),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
