namespace LegalAid.Application.Common.Auditing;

/// <summary>
/// A free-text value (a file's name, a record's name) in details kept as «key=value; …»: its «%», «;» and «=» are
/// escaped as in a URL, so no value can pass for another pair; readers unescape each value they show.
/// </summary>
public static class KeptPairValue
{
    public static string Escape(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal).Replace("=", "%3D", StringComparison.Ordinal);

    public static string Unescape(string value) => Uri.UnescapeDataString(value);
}
