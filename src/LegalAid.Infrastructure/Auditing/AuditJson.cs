using System.Buffers;
using System.Text;
using System.Text.Json;
using LegalAid.Domain.Auditing;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Writes what an audit entry keeps as JSON, byte for byte as <see cref="JsonSerializer"/> writes the same dictionaries
/// with <see cref="AuditSealing.Json"/>, field by field into one reused buffer: the common values (text, whole numbers,
/// times, yes/no) directly, the others through the serializer. An import writes a few hundred thousand entries; building
/// a dictionary for each and letting the serializer look up every value's type was a good part of their cost.
/// </summary>
internal sealed class AuditJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter writer;
    private bool sealedContent;

    public AuditJson() => writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = AuditSealing.Json.Encoder });

    public int FieldCount { get; private set; }

    /// <summary>The sealed content (<see cref="SealedContent"/>) of changed personal fields.</summary>
    public static byte[] Sealed(Dictionary<string, object?[]> changes)
    {
        using var json = new AuditJson();
        json.Begin(sealedContent: true);
        foreach (var (field, values) in changes)
        {
            json.Field(field, values);
        }

        return json.EndAsBytes();
    }

    /// <summary>Starts an object of fields: the readable changes, or the <see cref="SealedContent.Changes"/> of sealed content.</summary>
    public void Begin(bool sealedContent)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        this.sealedContent = sealedContent;
        FieldCount = 0;
        writer.WriteStartObject();
        if (sealedContent)
        {
            writer.WritePropertyName(nameof(SealedContent.Changes));
            writer.WriteStartObject();
        }
    }

    /// <summary>A field with its values before and after.</summary>
    public void Field(string name, object? before, object? after)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        Value(before);
        Value(after);
        writer.WriteEndArray();
        FieldCount++;
    }

    /// <summary>A personal field, by name only: its values are sealed.</summary>
    public void SealedField(string name)
    {
        writer.WritePropertyName(name);
        writer.WriteStringValue(AuditEntry.SealedMarker);
        FieldCount++;
    }

    public string EndAsText() => Encoding.UTF8.GetString(End());

    public byte[] EndAsBytes() => End().ToArray();

    public void Dispose() => writer.Dispose();

    private void Field(string name, object?[] values)
    {
        writer.WritePropertyName(name);
        Value(values);
        FieldCount++;
    }

    private ReadOnlySpan<byte> End()
    {
        if (sealedContent)
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateTime time:
                writer.WriteStringValue(time);
                break;
            case object?[] values:
                writer.WriteStartArray();
                foreach (var item in values)
                {
                    Value(item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), AuditSealing.Json);
                break;
        }
    }
}
