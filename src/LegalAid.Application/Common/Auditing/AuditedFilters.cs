using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LegalAid.Application.Common.Auditing;

/// <summary>How an export's audit entry records the filters it was made with: every one that was set, as JSON.</summary>
public static class AuditedFilters
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The filters' public properties (of <typeparamref name="T"/>, so an interface names exactly the filters).</summary>
    public static string Describe<T>(T filters) => JsonSerializer.Serialize(filters, Json);

    /// <summary>Filters read back and changed (names put in place of ids), written as <see cref="Describe{T}"/> writes them.</summary>
    public static string Describe(JsonNode filters) => filters.ToJsonString(Json);
}
