namespace LegalAid.Web.Api;

internal static class NullableTypes
{
    /// <summary>The type a <see cref="Nullable{T}"/> holds, or the type itself.</summary>
    public static Type Unwrapped(this Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
