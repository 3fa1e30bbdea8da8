namespace LegalAid.Domain.Cases;

public enum CaseOutcome
{
    ResolvedInFavour = 1,
    PartiallyResolved = 2,
    NotResolved = 3,
    Referred = 4,
    ClientStoppedContact = 5,
    AdviceOnly = 6,
}
