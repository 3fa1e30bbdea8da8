using LegalAid.Domain.Common;

namespace LegalAid.Domain.Imports;

/// <summary>
/// A centre's own word for an item of the app's lists ("трудовой спор" for unpaid wages, "звонок" for the phone),
/// confirmed once by a coordinator and applied to every file the centre imports afterwards.
/// </summary>
public sealed class ImportMapping
{
    public const int TextMaxLength = 200;

    private ImportMapping()
    {
        SourceKey = SourceText = ConfirmedBy = string.Empty;
    }

    public ImportMapping(int centreId, ImportValueKind kind, string sourceText, int targetId, string confirmedBy, DateTime confirmedAtUtc)
        : this()
    {
        Guard.Require(Enum.IsDefined(kind), DomainErrors.Required, nameof(Kind), "A mapping is of a known kind.");
        CentreId = centreId;
        Kind = kind;
        SourceText = Guard.RequiredText(sourceText, nameof(SourceText), TextMaxLength);
        SourceKey = KeyFor(SourceText);
        Retarget(targetId, confirmedBy, confirmedAtUtc);
    }

    public int Id { get; private set; }

    public int CentreId { get; private set; }

    public ImportValueKind Kind { get; private set; }

    /// <summary>The text as first confirmed.</summary>
    public string SourceText { get; private set; }

    /// <summary>The text as it is matched: <see cref="KeyFor"/>.</summary>
    public string SourceKey { get; private set; }

    /// <summary>The category's id, the channel's number or the staff member's id.</summary>
    public int TargetId { get; private set; }

    public string ConfirmedBy { get; private set; }

    public DateTime ConfirmedAtUtc { get; private set; }

    public void Retarget(int targetId, string confirmedBy, DateTime confirmedAtUtc)
    {
        TargetId = targetId;
        ConfirmedBy = confirmedBy;
        ConfirmedAtUtc = confirmedAtUtc;
    }

    /// <summary>Case, spacing and Unicode forms do not matter: "Трудовой  спор" and "трудовой спор" are one text.</summary>
    public static string KeyFor(string text) =>
        string.Join(' ', Text.Normalize(text).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
