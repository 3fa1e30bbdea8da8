namespace LegalAid.Domain.Cases;

/// <summary>A further problem category of a case, beside its primary one.</summary>
public sealed class CaseCategory
{
    private CaseCategory()
    {
    }

    internal CaseCategory(int problemCategoryId)
    {
        ProblemCategoryId = problemCategoryId;
    }

    public int CaseId { get; private set; }

    public int ProblemCategoryId { get; private set; }

    public Taxonomy.ProblemCategory ProblemCategory { get; private set; } = null!;
}
