namespace LegalAid.Web.Api;

/// <summary>
/// Leaves a handler to the run-time request delegate factory. The compile-time generator, which binds every other
/// endpoint (it saves each server about half a second of building endpoints at its first request), writes
/// <c>typeof(string?)</c> for a query record with an optional text (CS8639) and refuses one whose properties are its base
/// record's (RDG006); it does not look into a handler passed as a <see cref="Delegate"/>.
/// </summary>
internal static class BoundAtRunTime
{
    public static Delegate Handler(Delegate handler) => handler;
}
