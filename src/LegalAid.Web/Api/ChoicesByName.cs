using System.Reflection;

namespace LegalAid.Web.Api;

/// <summary>
/// A choice in the address is one of its names, as in a body: ASP.NET Core reads <c>status=1</c> as the enum's value,
/// which is not the place of a name in the list the document gives, and <c>channel=Phone,InPerson</c> (or a choice
/// sent twice, which the binder reads joined by a comma) as the two values OR-ed together, which is another choice of
/// the list. Either is refused as any value that is not a name is.
/// </summary>
internal static class ChoicesByName
{
    public static TBuilder RefuseChoicesNotByName<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var choices = ChoiceParameters(context.MethodInfo).ToList();
            return choices.Count == 0 ? next : invocation =>
            {
                var query = invocation.HttpContext.Request.Query;
                foreach (var (name, type) in choices)
                {
                    var values = query[name];
                    if ((values.FirstOrDefault(IsNoName) ?? (values.Count > 1 && !type.IsArray ? values.ToString() : null)) is { } refused)
                    {
                        throw BindingFailure.Of(type, name, refused);
                    }
                }

                return next(invocation);
            };
        });

    private static IEnumerable<(string Name, Type Type)> ChoiceParameters(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            var bound = parameter.GetCustomAttribute<AsParametersAttribute>() is not null
                ? parameter.ParameterType.GetProperties().Where(p => p.SetMethod is not null).Select(p => (p.Name, p.PropertyType))
                : [(parameter.Name!, parameter.ParameterType)];
            foreach (var (name, type) in bound)
            {
                var single = type.IsArray ? type.GetElementType()! : type;
                if (single.Unwrapped().IsEnum)
                {
                    yield return (name, type);
                }
            }
        }
    }

    /// <summary>
    /// A number as the enum parser reads one (after any spaces, a "+" in a query being one, a digit or a sign), or
    /// names joined by commas, which the parser would read as their values OR-ed together.
    /// </summary>
    public static bool IsNoName(string? value) =>
        value?.TrimStart() is { Length: > 0 } text && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' || text.Contains(',', StringComparison.Ordinal));
}
