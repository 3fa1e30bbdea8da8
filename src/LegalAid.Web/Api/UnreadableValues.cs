using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace LegalAid.Web.Api;

/// <summary>
/// Refuses an API request whose query or route value its endpoint's parameter cannot hold, as the framework's run-time
/// binder refused it (<see cref="BindingFailure"/>), so that ApiBindingErrors names the field and what it should hold.
/// Handlers bound at compile time (the request delegate generator) answer such a value of an optional parameter, or of
/// an [AsParameters] query's, with a bare 400 that names nothing, and take one sent empty (<c>pageSize=</c>) for one
/// left out. Values are read as the run-time binder read them: an empty one is refused, a value sent twice for one
/// that is read once is the two joined by a comma, and a choice is its name in the name's case.
/// </summary>
internal static class UnreadableValues
{
    private static readonly ConcurrentDictionary<Type, Func<string, bool>> Readers = new();

    public static IApplicationBuilder UseUnreadableValuesRefused(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            foreach (var parameter in context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
            {
                var type = parameter.ParameterInfo.ParameterType;
                if (!parameter.HasTryParse)
                {
                    continue;
                }

                var reads = Readers.GetOrAdd(type, Reader);
                if (Values(context.Request, parameter.Name, type.IsArray).FirstOrDefault(value => !reads(value)) is { } unreadable)
                {
                    throw BindingFailure.Of(type, parameter.Name, unreadable);
                }
            }

            return next(context);
        });

    private static IEnumerable<string> Values(HttpRequest request, string name, bool isArray) =>
        request.RouteValues.TryGetValue(name, out var routed) ? [Convert.ToString(routed, CultureInfo.InvariantCulture) ?? ""]
        : !request.Query.TryGetValue(name, out var sent) ? []
        : isArray ? sent.Select(value => value ?? "")
        : [sent.ToString()];

    private static Func<string, bool> Reader(Type type)
    {
        var single = (type.IsArray ? type.GetElementType()! : type).Unwrapped();
        if (single.IsEnum)
        {
            return value => Enum.TryParse(single, value, ignoreCase: false, out _);
        }

        // bool has its (string, IFormatProvider) form only as an explicit interface member.
        var any = BindingFlags.Public | BindingFlags.Static;
        if (single.GetMethod("TryParse", any, [typeof(string), typeof(IFormatProvider), single.MakeByRefType()]) is { } withFormat)
        {
            return value => (bool)withFormat.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;
        }

        return single.GetMethod("TryParse", any, [typeof(string), single.MakeByRefType()]) is { } plain
            ? value => (bool)plain.Invoke(null, [value, null])!
            : _ => true;
    }
}
