using LegalAid.Application.Cases.OpenCase;
using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Tests;

/// <summary>Valid requests to start from; tests change what they are about.</summary>
internal static class Requests
{
    public const int UnpaidWages = 6;
    public const int DocumentsAndPatent = 1;

    /// <summary>The smallest file that passes for a PDF by its content.</summary>
    public static byte[] Pdf => "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray();

    public static RegisterClient RegisterClient() => new()
    {
        FamilyName = "Үсөнбаев",
        GivenName = "Нурлан",
        Patronymic = "Өмүрбекович",
        LatinName = "Usonbaev Nurlan",
        Sex = Sex.Male,
        DateOfBirth = new DateOnly(1990, 5, 17),
        Citizenship = Citizenships.Kyrgyzstan,
        Phone = "+7 916 123-45-67",
        MessengerContact = "Telegram @nurlan_u",
        RegionOfOrigin = "Ош облусу",
        PreferredLanguage = Languages.Kyrgyz,
        ConsentGivenOn = new DateOnly(2026, 3, 15),
        ConsentScopes = [ConsentScope.LegalAid, ConsentScope.Contact],
    };

    public static OpenCase OpenCase(int clientId) => new()
    {
        ClientId = clientId,
        OpenedOn = new DateOnly(2026, 3, 2),
        PrimaryCategoryId = UnpaidWages,
        OtherCategoryIds = [DocumentsAndPatent],
        Summary = "Не выплачена зарплата за три месяца на стройке.",
        OpposingPartyName = "ООО «СтройМонтаж»",
        OpposingPartyKind = Domain.Cases.OpposingPartyKind.Employer,
        AmountClaimed = 150000m,
    };

    public static LogConsultation LogConsultation(int caseId) => new()
    {
        CaseId = caseId,
        HeldAt = new DateTime(2026, 3, 10, 14, 30, 0),
        Channel = ConsultationChannel.InPerson,
        DurationMinutes = 45,
        CategoryIds = [UnpaidWages],
        Actions = [ConsultationActions.LegalAdvice, ConsultationActions.DocumentDrafted],
        Summary = "Подготовлена претензия работодателю.",
        FollowUpOn = new DateOnly(2026, 3, 20),
    };
}
