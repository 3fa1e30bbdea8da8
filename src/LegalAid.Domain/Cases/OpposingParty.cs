using LegalAid.Domain.Common;

namespace LegalAid.Domain.Cases;

/// <summary>An employer, agency or authority a client's case is against; shared by cases.</summary>
public sealed class OpposingParty
{
    public const int NameMaxLength = 300;

    private OpposingParty()
    {
        Name = null!;
        NameKey = null!;
    }

    public OpposingParty(string name, OpposingPartyKind kind)
    {
        Name = Guard.RequiredText(name, "OpposingPartyName", NameMaxLength);
        NameKey = KeyFor(Name);
        Kind = kind;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for matching, so "ООО Ромашка" and "ооо  ромашка" are one party.</summary>
    public string NameKey { get; private set; }

    public OpposingPartyKind Kind { get; private set; }

    /// <summary>Corrects what kind of party this is: one party, so every case against it reads the correction.</summary>
    public void Classify(OpposingPartyKind kind) => Kind = kind;

    public static string KeyFor(string name) =>
        string.Join(' ', Text.Normalize(name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
