namespace LegalAid.Domain.Taxonomy;

/// <summary>A kind of legal problem migrants bring (seeded, extensible by an administrator).</summary>
public sealed class ProblemCategory
{
    public ProblemCategory(int id, string code, string nameRu, string nameKy, string nameEn, int sortOrder)
    {
        Id = id;
        Code = code;
        NameRu = nameRu;
        NameKy = nameKy;
        NameEn = nameEn;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string NameRu { get; private set; }

    public string NameKy { get; private set; }

    public string NameEn { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public string NameIn(string language) => language switch
    {
        "ky" => NameKy,
        "en" => NameEn,
        _ => NameRu,
    };
}
