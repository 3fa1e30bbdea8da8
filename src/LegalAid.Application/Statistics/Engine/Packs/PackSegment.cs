namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>What a fact pack holds: a month's consultations, or a block of cases or of clients by id.</summary>
public enum PackKind
{
    Consultations = 1,
    Cases = 2,
    Clients = 3,
}

/// <summary>
/// One stored pack: consultations by the month they were held in (numbered year * 12 + month - 1), cases and clients by
/// blocks of <see cref="BlockSize"/> consecutive ids. A change to a record invalidates the segments it was, and is, in.
/// </summary>
public readonly record struct PackSegment(PackKind Kind, int Number)
{
    public const int BlockSize = 4096;

    public static PackSegment MonthOf(DateOnly day) => new(PackKind.Consultations, (day.Year * 12) + day.Month - 1);

    public static PackSegment CasesOf(int caseId) => new(PackKind.Cases, caseId / BlockSize);

    public static PackSegment ClientsOf(int clientId) => new(PackKind.Clients, clientId / BlockSize);

    /// <summary>The first day of a consultations segment's month.</summary>
    public DateOnly MonthStart => new(Number / 12, (Number % 12) + 1, 1);

    /// <summary>The first id of a block of cases or clients.</summary>
    public int FirstId => Number * BlockSize;

    /// <summary>The consultation months from the one of <paramref name="from"/> to the one of <paramref name="to"/>.</summary>
    public static List<int> Months(DateOnly from, DateOnly to) =>
        Enumerable.Range(MonthOf(from).Number, MonthOf(to).Number - MonthOf(from).Number + 1).ToList();

    /// <summary>The blocks that hold ids up to <paramref name="lastId"/>.</summary>
    public static List<int> Blocks(int lastId) => Enumerable.Range(0, (lastId / BlockSize) + 1).ToList();
}
