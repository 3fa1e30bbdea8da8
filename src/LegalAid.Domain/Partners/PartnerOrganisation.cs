using LegalAid.Domain.Common;

namespace LegalAid.Domain.Partners;

/// <summary>An organisation clients are referred to (a shelter, a clinic, a consulate, another NGO); a managed list.</summary>
public sealed class PartnerOrganisation : IVersioned
{
    public const int NameMaxLength = 200;

    private PartnerOrganisation()
    {
        Name = NameKy = NameEn = null!;
    }

    public PartnerOrganisation(string name, string nameKy, string nameEn, string? contact)
    {
        Name = NameKy = NameEn = string.Empty;
        Update(name, nameKy, nameEn, contact, active: true);
    }

    public int Id { get; private set; }

    /// <summary>The name in Russian, the programme's working language; unique.</summary>
    public string Name { get; private set; }

    public string NameKy { get; private set; }

    public string NameEn { get; private set; }

    public string? Contact { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public void Update(string name, string nameKy, string nameEn, string? contact, bool active)
    {
        Name = Guard.RequiredText(name, nameof(Name), NameMaxLength);
        NameKy = Guard.RequiredText(nameKy, nameof(NameKy), NameMaxLength);
        NameEn = Guard.RequiredText(nameEn, nameof(NameEn), NameMaxLength);
        Contact = Guard.OptionalText(contact, nameof(Contact), 400);
        IsActive = active;
    }
}
