namespace LegalAid.Application.Cases.CaseFile;

/// <summary>An item of the case file that may have been voided: when, by whom and why, for the "show voided" view.</summary>
public interface IVoidableItem
{
    int Version { get; }

    DateTime? VoidedAtUtc { get; }

    string? VoidedByFullName { get; }

    string? VoidReason { get; }
}

public static class VoidableItems
{
    public static bool IsVoided(this IVoidableItem item) => item.VoidedAtUtc is not null;
}
