namespace LegalAid.Domain.Cases;

public enum DeadlineType
{
    CourtHearing = 1,
    AppealDeadline = 2,
    DocumentDue = 3,
    CallBack = 4,
}
