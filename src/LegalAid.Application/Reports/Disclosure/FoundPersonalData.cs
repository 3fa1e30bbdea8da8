namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// What in a text reads as identifying a person, where and as it is written; <see cref="IsCertain"/> when nothing but a
/// person reads that way (a patronymic, a phone number), so confirming the text cannot let it through.
/// </summary>
public sealed record FoundPersonalData(int Start, string Written, bool IsCertain)
{
    public int End => Start + Written.Length;

    public bool Overlaps(FoundPersonalData other) => Start < other.End && other.Start < End;
}
