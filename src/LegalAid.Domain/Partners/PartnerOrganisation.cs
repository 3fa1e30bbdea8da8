using LegalAid.Domain.Common;

namespace LegalAid.Domain.Partners;

/// <summary>An organisation clients are referred to (a shelter, a clinic, a consulate, another NGO); a managed list.</summary>
public sealed class PartnerOrganisation
{
    public const int NameMaxLength = 200;

    private PartnerOrganisation()
    {
        Name = null!;
    }

    public PartnerOrganisation(string name, string? contact)
    {
        Name = Guard.RequiredText(name, nameof(Name), NameMaxLength);
        Contact = Guard.OptionalText(contact, nameof(Contact), 400);
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Contact { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string name, string? contact, bool active)
    {
        Name = Guard.RequiredText(name, nameof(Name), NameMaxLength);
        Contact = Guard.OptionalText(contact, nameof(Contact), 400);
        IsActive = active;
    }
}
