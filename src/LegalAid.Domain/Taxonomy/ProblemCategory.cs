using LegalAid.Domain.Common;

namespace LegalAid.Domain.Taxonomy;

/// <summary>A kind of legal problem migrants bring (seeded, extensible by an administrator).</summary>
public sealed class ProblemCategory : IVersioned
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 50;

    public ProblemCategory(int id, string code, string nameRu, string nameKy, string nameEn, int sortOrder)
    {
        Id = id;
        Code = Guard.RequiredText(code, nameof(Code), CodeMaxLength);
        NameRu = NameKy = NameEn = string.Empty;
        Rename(nameRu, nameKy, nameEn);
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

    public int Version { get; private set; }

    public void Rename(string nameRu, string nameKy, string nameEn)
    {
        NameRu = Guard.RequiredText(nameRu, nameof(NameRu), NameMaxLength);
        NameKy = Guard.RequiredText(nameKy, nameof(NameKy), NameMaxLength);
        NameEn = Guard.RequiredText(nameEn, nameof(NameEn), NameMaxLength);
    }

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    /// <summary>Inactive categories stay on old records and in statistics but are no longer offered.</summary>
    public void SetActive(bool active) => IsActive = active;
}
