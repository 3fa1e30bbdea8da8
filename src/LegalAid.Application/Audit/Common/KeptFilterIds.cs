using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalAid.Application.Common.Auditing;

namespace LegalAid.Application.Audit.Common;

/// <summary>
/// The filters of a list or an export as an entry keeps them (JSON) where they name staff members, centres or problem
/// categories by id («LawyerId»: 17, «Filter»: { «Centre»: [1, 2] }): their ids by kind (as <see cref="AuditRecordNames"/>
/// names them), and the filters with each id the reader has a name for replaced by it.
/// </summary>
internal sealed class KeptFilterIds
{
    private readonly JsonObject? filters;
    private readonly List<(JsonObject Owner, string Name, string Kind)> fields = [];

    private KeptFilterIds(JsonObject? filters)
    {
        this.filters = filters;
        Collect(filters);
    }

    public static KeptFilterIds Of(string? details)
    {
        if (details is null || !details.StartsWith('{'))
        {
            return new(null);
        }

        try
        {
            return new(JsonNode.Parse(details) as JsonObject);
        }
        catch (JsonException)
        {
            return new(null);
        }
    }

    public IEnumerable<int> IdsOf(string kind) =>
        fields.Where(field => field.Kind == kind).Select(field => field.Owner[field.Name])
            .SelectMany(value => value is JsonArray list ? list.Select(Id) : [Id(value)]).OfType<int>();

    /// <summary>The filters with names for ids, by kind of record; the details as they were when they name none.</summary>
    public string? Named(string? details, Func<string, IReadOnlyDictionary<string, string>> names)
    {
        if (filters is null || fields.Count == 0)
        {
            return details;
        }

        foreach (var (owner, name, kind) in fields)
        {
            var known = names(kind);
            owner[name] = owner[name] is JsonArray list
                ? new JsonArray([.. list.Select(value => NameOr(value, known))])
                : NameOr(owner[name], known);
        }

        return AuditedFilters.Describe(filters);
    }

    private static string? KindOf(string filter) => filter switch
    {
        "LawyerId" or "Lawyer" => AuditRecordNames.StaffMember,
        "CentreId" or "Centre" => AuditRecordNames.Centre,
        "CategoryId" or "Category" => AuditRecordNames.Category,
        _ => null,
    };

    private void Collect(JsonObject? owner)
    {
        foreach (var (name, value) in owner ?? [])
        {
            if (KindOf(name) is { } kind)
            {
                fields.Add((owner!, name, kind));
            }
            else
            {
                Collect(value as JsonObject);
            }
        }
    }

    private static int? Id(JsonNode? value) =>
        value is JsonValue number && number.TryGetValue<int>(out var id) ? id : null;

    private static JsonNode? NameOr(JsonNode? value, IReadOnlyDictionary<string, string> names) =>
        Id(value) is { } id && names.TryGetValue(id.ToString(CultureInfo.InvariantCulture), out var name) ? JsonValue.Create(name) : value?.DeepClone();
}
