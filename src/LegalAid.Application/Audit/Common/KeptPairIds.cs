using System.Globalization;
using LegalAid.Application.Common.Auditing;
using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Audit.Common;

/// <summary>
/// Details kept as «key=value; …» (a refusal, an export's filters) where they name a staff member, a centre or a problem
/// category by id («recordCentre=2», «lawyer=17»): their ids by kind (as <see cref="AuditRecordNames"/> names them), and
/// the details with each id the reader has a name for replaced by it. An erasure's reason is the administrator's own
/// words, never read as pairs.
/// </summary>
internal sealed class KeptPairIds
{
    private readonly string[][] pairs;

    private KeptPairIds(string[][] pairs) => this.pairs = pairs;

    public static KeptPairIds Of(AuditAction action, string? details) =>
        new(action is AuditAction.Erased || details is null || details.StartsWith('{') ? [] : [.. details.Split("; ").Select(pair => pair.Split('=', 2))]);

    public IEnumerable<int> IdsOf(string kind) =>
        pairs.Where(pair => pair.Length == 2 && KindOf(pair[0]) == kind)
            .Select(pair => int.TryParse(pair[1], CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>();

    /// <summary>The details with names for ids, by kind of record; as they were when they name none.</summary>
    public string? Named(string? details, Func<string, IReadOnlyDictionary<string, string>> names) =>
        pairs.Any(pair => pair.Length == 2 && KindOf(pair[0]) is not null)
            ? string.Join("; ", pairs.Select(pair => pair.Length == 2 && KindOf(pair[0]) is { } kind && names(kind).TryGetValue(pair[1], out var name)
                ? $"{pair[0]}={KeptPairValue.Escape(name)}"
                : string.Join('=', pair)))
            : details;

    private static string? KindOf(string key) => key switch
    {
        "lawyer" => AuditRecordNames.StaffMember,
        "category" => AuditRecordNames.Category,
        "recordCentre" => AuditRecordNames.Centre,
        _ => null,
    };
}
