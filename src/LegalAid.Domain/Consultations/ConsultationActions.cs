namespace LegalAid.Domain.Consultations;

/// <summary>What the lawyer did during or after a consultation; several may apply.</summary>
[Flags]
public enum ConsultationActions
{
    None = 0,
    LegalAdvice = 1,
    DocumentDrafted = 2,
    ComplaintOrLetter = 4,
    CourtRepresentation = 8,
    Accompaniment = 16,
    Referral = 32,
}
