namespace LegalAid.Domain.Cases;

public enum OpposingPartyKind
{
    Employer = 1,
    RecruitmentAgency = 2,
    Authority = 3,
    Other = 4,
}
