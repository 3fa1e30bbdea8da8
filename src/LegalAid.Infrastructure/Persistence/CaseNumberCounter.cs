namespace LegalAid.Infrastructure.Persistence;

/// <summary>The last case number handed out for a centre and year.</summary>
internal sealed class CaseNumberCounter
{
    public int CentreId { get; init; }

    public int Year { get; init; }

    public int LastSequence { get; set; }
}
