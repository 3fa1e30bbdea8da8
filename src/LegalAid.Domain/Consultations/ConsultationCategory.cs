namespace LegalAid.Domain.Consultations;

/// <summary>A problem category discussed in a consultation.</summary>
public sealed class ConsultationCategory
{
    private ConsultationCategory()
    {
    }

    internal ConsultationCategory(int problemCategoryId)
    {
        ProblemCategoryId = problemCategoryId;
    }

    public int ConsultationId { get; private set; }

    public int ProblemCategoryId { get; private set; }

    public Taxonomy.ProblemCategory ProblemCategory { get; private set; } = null!;
}
