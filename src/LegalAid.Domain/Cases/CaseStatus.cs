namespace LegalAid.Domain.Cases;

public enum CaseStatus
{
    Open = 1,
    Closed = 2,
}
