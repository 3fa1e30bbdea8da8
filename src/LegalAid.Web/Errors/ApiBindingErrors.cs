using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegalAid.Domain.Common;
using LegalAid.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Errors;

/// <summary>
/// Says which field of an API request could not be read and what it should hold ("sex": "one of Male, Female"),
/// in the request's language and in the API's own terms: JSON names, never .NET type names.
/// </summary>
internal sealed partial class ApiBindingErrors(IStringLocalizer<SharedResource> text)
{
    /// <summary>System.Text.Json's default limit; a path as deep is where it gave up.</summary>
    private const int MaxJsonDepth = 64;

    /// <summary>The field and its message; null when the refusal is about the request as a whole.</summary>
    public (string Field, string Message)? For(BadHttpRequestException exception, Endpoint? endpoint)
    {
        if (exception.InnerException is JsonException json)
        {
            return ForJson(json, endpoint);
        }

        var parameter = BindingFailed().Match(exception.Message) is { Success: true } failed ? failed
            : RequiredMissing().Match(exception.Message) is { Success: true } missing ? missing
            : null;
        if (parameter is null)
        {
            return null;
        }

        var name = parameter.Groups["name"].Value;
        var field = JsonNamingPolicy.CamelCase.ConvertName(name);
        return parameter.Groups["value"].Success
            ? (field, Expected(ParameterType(endpoint, name)))
            : (field, text["Api.Required"]);
    }

    private (string Field, string Message) ForJson(JsonException json, Endpoint? endpoint)
    {
        if (RequiredPropertyMissing().Match(json.Message) is { Success: true } missing)
        {
            return (missing.Groups["name"].Value, text["Api.Required"]);
        }

        var path = Segments(json.Path);
        var field = path.Count == 0 ? "$" : path[0];
        if (path.Count >= MaxJsonDepth - 1)
        {
            return (field, text["Api.TooDeep", MaxJsonDepth]);
        }

        var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        foreach (var segment in path)
        {
            type = type is null ? null : Property(ElementType(type) ?? type, segment);
        }

        // A value of the wrong kind (the body itself when it is a list or a number), rather than text that is not JSON at all.
        var wrongKind = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        return type is null || !wrongKind ? (field, text["Api.NotJson"]) : (field, Expected(type));
    }

    private string Expected(Type? type)
    {
        if (type is null)
        {
            return text["Api.NotJson"];
        }

        if (ElementType(type) is { } element)
        {
            return text["Api.ExpectedList", Kind(element)];
        }

        return text["Api.Expected", Kind(type)];
    }

    private string Kind(Type type)
    {
        type = type.Unwrapped();
        return type switch
        {
            _ when type.IsEnum => text["Api.Kind.Choice", string.Join(", ", Flags.Choices(type))],
            _ when type == typeof(DateOnly) => text["Api.Kind.Date"],
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => text["Api.Kind.DateTime"],
            _ when type == typeof(TimeOnly) => text["Api.Kind.Time"],
            _ when type == typeof(int) || type == typeof(long) => text["Api.Kind.WholeNumber"],
            _ when type == typeof(decimal) || type == typeof(double) => text["Api.Kind.Number"],
            _ when type == typeof(bool) => text["Api.Kind.Boolean"],
            _ when type == typeof(string) => text["Api.Kind.Text"],
            _ => text["Api.Kind.Object"],
        };
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    private static Type? Property(Type type, string jsonName) =>
        type.GetProperty(jsonName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;

    /// <summary>The type of a query or route parameter, also inside an [AsParameters] object.</summary>
    private static Type? ParameterType(Endpoint? endpoint, string name)
    {
        var parameters = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        foreach (var parameter in parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter.ParameterType;
            }

            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null && Property(parameter.ParameterType, name) is { } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>"$.client.otherCategoryIds[2]" as ["client", "otherCategoryIds"]: property names, no indexes.</summary>
    private static List<string> Segments(string? path) =>
        (path ?? "$").TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.Split('[')[0].Trim('\'', '"'))
            .Where(segment => segment.Length > 0)
            .ToList();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[A-Za-z0-9_]+)\" from \"(?<value>.*)\"", RegexOptions.Singleline)]
    private static partial Regex BindingFailed();

    /// <summary>System.Text.Json names the first required property the body left out, by its JSON name.</summary>
    [GeneratedRegex("was missing required properties including: '(?<name>[^']+)'")]
    private static partial Regex RequiredPropertyMissing();

    [GeneratedRegex("^Required parameter \"(?<type>.+) (?<name>[A-Za-z0-9_]+)\" was not provided")]
    private static partial Regex RequiredMissing();
}
