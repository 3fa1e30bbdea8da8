using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Statistics;

/// <summary>
/// A small world counted by hand (see StatisticsTests): five clients in three centres, one of them with cases in
/// Moscow and Kazan, one who turns 18 during the quarter, consultations on both sides of New Year's midnight in
/// Moscow and Chelyabinsk time, and a case closed, reopened and closed again.
/// </summary>
internal static class StatisticsFixture
{
    public const int Wages = 6;
    public const int Documents = 1;
    public const int Expulsion = 4;
    public const int Detention = 5;
    public const int Registration = 2;

    public static async Task BuildAsync(TestApp app)
    {
        app.ActAsLawyerOf(TestApp.Moscow);
        var a = await RegisterAsync(app, "Асанов", "Бакыт", Sex.Male, Citizenships.Kyrgyzstan, new DateOnly(1990, 5, 17), null);
        var b = await RegisterAsync(app, "Раҳимова", "Шаҳло", Sex.Female, Citizenships.Tajikistan, new DateOnly(2008, 3, 1), null);
        var c = await RegisterAsync(app, "Каримов", "Ўткир", Sex.Male, Citizenships.Uzbekistan, null, 1960);

        var a1 = await OpenAsync(app, a, Wages, new DateOnly(2025, 12, 20));
        await LogAsync(app, a1, new DateTime(2025, 12, 31, 23, 30, 0));
        await LogAsync(app, a1, new DateTime(2026, 1, 1, 0, 15, 0));
        await LogAsync(app, a1, new DateTime(2026, 2, 10, 11, 0, 0), ConsultationChannel.Phone, ConsultationActions.CourtRepresentation);

        var b1 = await OpenAsync(app, b, Documents, new DateOnly(2026, 2, 20));
        await LogAsync(app, b1, new DateTime(2026, 2, 20, 10, 0, 0));
        await LogAsync(app, b1, new DateTime(2026, 3, 5, 10, 0, 0));
        await app.SendAsync(new CloseCase { Id = b1, Version = 0, Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = new DateOnly(2026, 3, 6) });

        var c1 = await OpenAsync(app, c, Expulsion, new DateOnly(2026, 3, 10));
        await LogAsync(app, c1, new DateTime(2026, 3, 10, 15, 0, 0), ConsultationChannel.Messenger, categories: [Expulsion, Detention]);
        await app.SendAsync(new CloseCase { Id = c1, Version = 0, Outcome = CaseOutcome.NotResolved, ClosedOn = new DateOnly(2026, 3, 11) });
        await app.SendAsync(new ReopenCase { Id = c1, Version = 1, ReopenedOn = new DateOnly(2026, 3, 12) });
        await app.SendAsync(new CloseCase { Id = c1, Version = 2, Outcome = CaseOutcome.PartiallyResolved, ClosedOn = new DateOnly(2026, 3, 13), AmountRecovered = 20000m });

        app.ActAs(Roles.Administrator, null);
        var partner = await app.SendAsync(new SavePartner { Name = "Приют «Тёплый дом»", NameKy = "Приют «Тёплый дом»", NameEn = "Partner" });
        app.ActAsLawyerOf(TestApp.Moscow);
        var referral = await app.SendAsync(new ReferClient { CaseId = b1, PartnerId = partner, ReferredOn = new DateOnly(2026, 2, 21) });
        await app.SendAsync(new RecordReferralResult { CaseId = b1, ReferralId = referral, Result = ReferralResult.Helped, ResultOn = new DateOnly(2026, 2, 25) });

        app.ActAsLawyerOf(TestApp.Kazan);
        var d = await RegisterAsync(app, "Осмонова", "Айгүл", Sex.Female, Citizenships.Kyrgyzstan, null, null);
        var d1 = await OpenAsync(app, d, Wages, new DateOnly(2026, 1, 20));
        await LogAsync(app, d1, new DateTime(2026, 1, 20, 12, 0, 0));
        await app.SendAsync(new CloseCase { Id = d1, Version = 0, Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = new DateOnly(2026, 2, 1), AmountRecovered = 50000m });
        await OpenForAnotherCentreAsync(app, a, TestApp.Kazan, new DateOnly(2026, 3, 12), new DateTime(2026, 3, 12, 9, 0, 0));

        app.ActAsLawyerOf(TestApp.Chelyabinsk);
        var e = await RegisterAsync(app, "Турдубаев", "Улан", Sex.Male, Citizenships.Kyrgyzstan, new DateOnly(1995, 6, 1), null);
        var e1 = await OpenAsync(app, e, Registration, new DateOnly(2026, 1, 1));
        await LogAsync(app, e1, new DateTime(2026, 1, 1, 2, 0, 0));
    }

    internal static Task<int> RegisterAsync(TestApp app, string family, string given, Sex sex, string citizenship, DateOnly? born, int? year) =>
        app.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = family,
            GivenName = given,
            Patronymic = null,
            LatinName = null,
            Sex = sex,
            Citizenship = citizenship,
            DateOfBirth = born,
            BirthYear = year,
            Phone = null,
            ConsentGivenOn = new DateOnly(2025, 12, 1),
        });

    internal static async Task<int> OpenAsync(TestApp app, int client, int category, DateOnly openedOn) =>
        (await app.SendAsync(Requests.OpenCase(client) with { PrimaryCategoryId = category, OtherCategoryIds = [], OpenedOn = openedOn, OpposingPartyName = null, AmountClaimed = null })).Id;

    internal static Task<int> LogAsync(
        TestApp app, int caseId, DateTime heldAt, ConsultationChannel channel = ConsultationChannel.InPerson, ConsultationActions action = ConsultationActions.LegalAdvice, int[]? categories = null) =>
        app.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = heldAt, Channel = channel, Actions = [action], CategoryIds = categories ?? [], FollowUpOn = null });

    /// <summary>A Moscow client's case at Kazan: the app opens cases at the registering centre, so this one is written directly.</summary>
    private static Task<int> OpenForAnotherCentreAsync(TestApp app, int client, int centreId, DateOnly openedOn, DateTime heldAtLocal) =>
        app.InDatabaseAsync(async db =>
        {
            var centre = await db.Centres.SingleAsync(c => c.Id == centreId);
            var actor = new Actor(app.LawyerOf[centreId], app.Clock.GetUtcNow().UtcDateTime, app.Today);
            var @case = new Case(new CaseNumber(centre.Code, 2026, 90), client, centreId, app.LawyerOf[centreId], openedOn, new CaseDetails(Wages, [], null, null, null), actor);
            @case.LogConsultation(new ConsultationDetails(centre.MomentOf(heldAtLocal), ConsultationChannel.InPerson, app.LawyerOf[centreId], 30, [], ConsultationActions.LegalAdvice, null, null), actor);
            db.Cases.Add(@case);
            return await db.SaveChangesAsync();
        });
}
