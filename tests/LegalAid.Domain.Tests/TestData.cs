using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Domain.Tests;

internal static class TestData
{
    public static readonly DateOnly Today = new(2026, 3, 15);

    public static readonly DateTime NowUtc = new(2026, 3, 15, 9, 0, 0, DateTimeKind.Utc);

    public static Centre Moscow { get; } = new(1, "MOW", "Центр поддержки мигрантов — Москва", "Мигранттарды колдоо борбору — Москва", "Migrant Support Centre — Moscow", "Москва", "Москва", "Europe/Moscow");

    public static Centre Chelyabinsk { get; } = new(3, "CHE", "Центр поддержки мигрантов — Челябинск", "Мигранттарды колдоо борбору — Челябинск", "Migrant Support Centre — Chelyabinsk", "Челябинск", "Челябинск", "Asia/Yekaterinburg");

    public static Actor Actor(DateOnly? today = null) => new(7, NowUtc, today ?? Today);

    public static ClientDetails ClientDetails(
        string familyName = "Үсөнбаев",
        string givenName = "Нурлан",
        string citizenship = Citizenships.Kyrgyzstan,
        string? phone = "+7 (916) 123-45-67") =>
        new(
            new PersonName(familyName, givenName, "Өмүрбекович", "Usonbaev Nurlan"),
            Sex.Male,
            DateOfBirth.Exact(new DateOnly(1990, 5, 17), Today),
            citizenship,
            phone,
            null,
            "Ош облусу",
            Languages.Kyrgyz,
            new Consent(Today, ConsentScope.LegalAid, Today));

    public static Case OpenCase(DateOnly? openedOn = null) =>
        new(
            new CaseNumber("MOW", 2026, 42),
            clientId: 1,
            centreId: 1,
            assignedLawyerId: 7,
            openedOn ?? new DateOnly(2026, 3, 1),
            new CaseDetails(6, [], "Не выплачена зарплата за три месяца.", null, Money.Of(90000m)),
            Actor());

    public static ConsultationDetails Consultation(DateTime localTime, DateOnly? followUp = null, int minutes = 30) =>
        new(Moscow.MomentOf(localTime), ConsultationChannel.InPerson, 7, minutes, [6], ConsultationActions.LegalAdvice, "Разъяснены права.", followUp);
}
