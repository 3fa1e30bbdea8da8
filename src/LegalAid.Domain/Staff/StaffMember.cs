using LegalAid.Domain.Common;

namespace LegalAid.Domain.Staff;

/// <summary>A person of the programme who can act on records: a lawyer, a coordinator, programme staff.</summary>
public sealed class StaffMember
{
    public const int FullNameMaxLength = 200;

    public StaffMember(string fullName, int? centreId)
    {
        FullName = Guard.RequiredText(fullName, nameof(FullName), FullNameMaxLength);
        CentreId = centreId;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string FullName { get; private set; }

    /// <summary>The centre the person works at; null for programme-wide staff.</summary>
    public int? CentreId { get; private set; }

    /// <summary>False while the person's account is locked, as when they have left: they are not offered for new work,
    /// and the records they made or hold keep their name.</summary>
    public bool IsActive { get; private set; }

    public void SetActive(bool active) => IsActive = active;
}
