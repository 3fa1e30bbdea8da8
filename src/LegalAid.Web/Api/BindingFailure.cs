namespace LegalAid.Web.Api;

/// <summary>A value the API cannot bind, worded as ASP.NET Core's run-time binder words it, which ApiBindingErrors reads.</summary>
internal static class BindingFailure
{
    public static BadHttpRequestException Of(Type type, string name, string value) =>
        new($"Failed to bind parameter \"{(Nullable.GetUnderlyingType(type) is { } held ? held.Name + "?" : type.Name)} {name}\" from \"{value}\".");
}
