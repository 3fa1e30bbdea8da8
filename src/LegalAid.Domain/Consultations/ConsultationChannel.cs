namespace LegalAid.Domain.Consultations;

public enum ConsultationChannel
{
    InPerson = 1,
    Phone = 2,
    Hotline = 3,
    Messenger = 4,
    OutreachVisit = 5,
    Online = 6,
}
