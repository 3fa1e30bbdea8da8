using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The loaded consultations as columns: one array for each fact, a consultation being a position in them. A million
/// consultations as objects kept the garbage collector tracing while they loaded, and every loop over them read 64-byte
/// objects for the one or two facts it needed; as columns they are a few large arrays the collector need not trace, and
/// a period's consultations are a list of positions.
/// </summary>
internal sealed class ConsultationColumns
{
    private DateOnly[] heldOn;
    private int[] centreIds;
    private int[] clientIds;
    private int[] caseIds;
    private int[] lawyerIds;
    private ConsultationChannel[] channels;
    private ConsultationActions[] actions;
    private int[] categoriesEnd;
    private int[] categoryIds;
    private int categoryCount;

    public ConsultationColumns(int capacity = 256)
    {
        capacity = Math.Max(capacity, 1);
        (heldOn, centreIds, clientIds, caseIds, lawyerIds) = (new DateOnly[capacity], new int[capacity], new int[capacity], new int[capacity], new int[capacity]);
        (channels, actions, categoriesEnd, categoryIds) = (new ConsultationChannel[capacity], new ConsultationActions[capacity], new int[capacity], new int[capacity]);
    }

    public int Count { get; private set; }

    public ReadOnlySpan<DateOnly> HeldOn => heldOn.AsSpan(0, Count);

    public ReadOnlySpan<int> CentreId => centreIds.AsSpan(0, Count);

    public ReadOnlySpan<int> ClientId => clientIds.AsSpan(0, Count);

    public ReadOnlySpan<int> CaseId => caseIds.AsSpan(0, Count);

    public ReadOnlySpan<int> LawyerId => lawyerIds.AsSpan(0, Count);

    public ReadOnlySpan<ConsultationChannel> Channel => channels.AsSpan(0, Count);

    public ReadOnlySpan<ConsultationActions> Actions => actions.AsSpan(0, Count);

    /// <summary>The problem categories of the consultation at <paramref name="position"/> (most have one).</summary>
    public ReadOnlySpan<int> CategoriesOf(int position)
    {
        var start = position == 0 ? 0 : categoriesEnd[position - 1];
        return categoryIds.AsSpan(start, categoriesEnd[position] - start);
    }

    /// <summary>Adds a consultation without categories; <see cref="AddCategory"/> gives it its categories.</summary>
    public void Add(DateOnly held, int centreId, int clientId, int caseId, int lawyerId, ConsultationChannel channel, ConsultationActions consultationActions)
    {
        if (Count == heldOn.Length)
        {
            Grow();
        }

        var i = Count++;
        (heldOn[i], centreIds[i], clientIds[i], caseIds[i], lawyerIds[i]) = (held, centreId, clientId, caseId, lawyerId);
        (channels[i], actions[i], categoriesEnd[i]) = (channel, consultationActions, categoryCount);
    }

    /// <summary>Adds a category to the consultation added last.</summary>
    public void AddCategory(int categoryId)
    {
        if (categoryCount == categoryIds.Length)
        {
            Array.Resize(ref categoryIds, categoryIds.Length * 2);
        }

        categoryIds[categoryCount++] = categoryId;
        categoriesEnd[Count - 1] = categoryCount;
    }

    private void Grow()
    {
        var capacity = heldOn.Length * 2;
        Array.Resize(ref heldOn, capacity);
        Array.Resize(ref centreIds, capacity);
        Array.Resize(ref clientIds, capacity);
        Array.Resize(ref caseIds, capacity);
        Array.Resize(ref lawyerIds, capacity);
        Array.Resize(ref channels, capacity);
        Array.Resize(ref actions, capacity);
        Array.Resize(ref categoriesEnd, capacity);
    }
}
