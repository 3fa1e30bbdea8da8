using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalAid.Web.Api;

/// <summary>
/// A choice in a body is one of its names, as <see cref="JsonStringEnumConverter"/> reads them, except that the
/// converter also reads "Phone, InPerson" as the two values OR-ed together: another choice of the list (Hotline),
/// taken without a word. Such a value is refused as any value that is not a name is.
/// </summary>
internal sealed class SingleChoiceNames : JsonConverterFactory
{
    private readonly JsonStringEnumConverter names = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => names.CanConvert(typeToConvert);

    /// <summary>A flags choice («LegalAid, Contact») is written and read as the names it holds; the API sends those as lists.</summary>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert.IsDefined(typeof(FlagsAttribute), inherit: false)
            ? names.CreateConverter(typeToConvert, options)
            : (JsonConverter)Activator.CreateInstance(typeof(SingleName<>).MakeGenericType(typeToConvert), names.CreateConverter(typeToConvert, options))!;

    private sealed class SingleName<T>(JsonConverter<T> names) : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ChoicesByName.IsNoName(reader.GetString())
                ? throw new JsonException()
                : names.Read(ref reader, typeToConvert, options);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => names.Write(writer, value, options);

        /// <summary>A choice as a dictionary's key (an import's mapping choices by kind of value, only ever sent) by name too.</summary>
        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ChoicesByName.IsNoName(reader.GetString()) ? throw new JsonException() : names.ReadAsPropertyName(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => names.WriteAsPropertyName(writer, value, options);
    }
}
