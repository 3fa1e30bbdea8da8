namespace LegalAid.Domain.Cases;

public enum ReferralResult
{
    Pending = 1,
    Helped = 2,
    Declined = 3,
    NoResponse = 4,
}
