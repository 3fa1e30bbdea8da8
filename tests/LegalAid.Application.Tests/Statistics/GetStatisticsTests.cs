using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Statistics;

/// <summary>Every indicator against <see cref="StatisticsFixture"/>, counted by hand for the first quarter of 2026.</summary>
public sealed class GetStatisticsTests : ApplicationTest
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StatisticsFixture.BuildAsync(App);
        App.ActAs(Roles.ProgrammeStaff, null);
    }

    [Fact]
    public async Task HeadlineIndicators_MatchTheHandCount()
    {
        var figures = (await QuarterAsync()).Current;

        Assert.Equal(8, figures.Consultations);
        Assert.Equal(5, figures.UniqueClients);
        Assert.Equal(4, figures.NewClients);
        Assert.Equal(5, figures.CasesOpened);
        Assert.Equal(3, figures.CasesClosed);
        Assert.Equal(3, figures.OpenAtPeriodEnd);
        Assert.Equal(2, Outcome(figures, CaseOutcome.ResolvedInFavour));
        Assert.Equal(1, Outcome(figures, CaseOutcome.PartiallyResolved));
        Assert.Equal(0, Outcome(figures, CaseOutcome.NotResolved));
        Assert.Equal(0.6667m, figures.ResolvedInFavourShare);
        Assert.Equal(70000m, figures.Recovered);
        Assert.Equal(2, figures.CasesWithRecovery);
        Assert.Equal(1, figures.CourtRepresentations);
        Assert.Equal([new OutcomeCount(null, 1)], figures.CourtResults);
        Assert.Equal([new PartnerReferrals("Приют «Тёплый дом»", 1, 1, 0, 0, 0)], figures.ReferralsByPartner);
        Assert.Equal(12m, figures.MedianDaysToClose);
        Assert.Equal(1, figures.RepeatClients);
    }

    [Fact]
    public async Task ConsultationsCountByTheCentresLocalDate_NotByUtc()
    {
        var newYearsDay = await App.SendAsync(new GetStatistics(From, From));
        var newYearsEve = await App.SendAsync(new GetStatistics(new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31)));

        Assert.Equal(2, newYearsDay.Current.Consultations);
        Assert.Equal(1, newYearsEve.Current.Consultations);
    }

    [Fact]
    public async Task ASeventeenYearOld_TurnsEighteenDuringTheQuarter()
    {
        var minors = await App.SendAsync(new GetStatistics(From, To, AgeBand: [AgeBand.Under18]));
        var young = await App.SendAsync(new GetStatistics(From, To, AgeBand: [AgeBand.From18To29]));

        Assert.Equal(1, minors.Current.Consultations);
        Assert.Equal(1, young.Current.Consultations);
        Assert.Equal([("До 18 лет", 1m), ("18–29 лет", 0m), ("30–44 года", 2m), ("45–59 лет", 0m), ("60 лет и старше", 1m), ("Возраст неизвестен", 1m)],
            (await QuarterAsync()).Table("ClientsByAgeBand").Rows.Select(r => (r.Label, r.Values[0])));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var moscowWomen = await App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Moscow], Sex: [Sex.Female]));
        var wages = await App.SendAsync(new GetStatistics(From, To, Category: [StatisticsFixture.Wages]));
        var kyrgyzByPhone = await App.SendAsync(new GetStatistics(From, To, Citizenship: [Citizenships.Kyrgyzstan], Channel: [ConsultationChannel.Phone]));

        Assert.Equal((2, 1), (moscowWomen.Current.Consultations, moscowWomen.Current.UniqueClients));
        Assert.Equal((4, 2, 2, 1), (wages.Current.Consultations, wages.Current.UniqueClients, wages.Current.CasesOpened, wages.Current.CasesClosed));
        Assert.Equal(1, kyrgyzByPhone.Current.Consultations);
    }

    [Fact]
    public async Task ACase_CountsUnderItsOtherCategoriesToo_NotOnlyUnderItsPrimaryOne()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await StatisticsFixture.RegisterAsync(App, "Жумабаева", "Нургүл", Sex.Female, Citizenships.Kyrgyzstan, null, 1988);
        await App.SendAsync(Requests.OpenCase(client) with
        {
            PrimaryCategoryId = StatisticsFixture.Registration,
            OtherCategoryIds = [StatisticsFixture.Detention],
            OpenedOn = new DateOnly(2026, 2, 15),
            OpposingPartyName = null,
            AmountClaimed = null,
        });
        App.ActAs(Roles.ProgrammeStaff, null);

        var detention = await App.SendAsync(new GetStatistics(From, To, Category: [StatisticsFixture.Detention]));
        var registration = await App.SendAsync(new GetStatistics(From, To, Category: [StatisticsFixture.Registration]));

        Assert.Equal(1, detention.Current.CasesOpened);
        Assert.Equal(2, registration.Current.CasesOpened);
    }

    [Fact]
    public async Task ACaseRepresentedInCourt_ClosedTwice_CountsInTheCourtResultsWithItsLatestOutcome()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await StatisticsFixture.RegisterAsync(App, "Эргешова", "Гүлнара", Sex.Female, Citizenships.Kyrgyzstan, null, 1979);
        var @case = await StatisticsFixture.OpenAsync(App, client, StatisticsFixture.Wages, new DateOnly(2026, 1, 5));
        await StatisticsFixture.LogAsync(App, @case, new DateTime(2026, 1, 6, 10, 0, 0), action: ConsultationActions.CourtRepresentation);
        await App.SendAsync(new CloseCase { Id = @case, Version = 0, Outcome = CaseOutcome.NotResolved, ClosedOn = new DateOnly(2026, 1, 10) });
        await App.SendAsync(new ReopenCase { Id = @case, Version = 1, ReopenedOn = new DateOnly(2026, 1, 12) });
        await App.SendAsync(new CloseCase { Id = @case, Version = 2, Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = new DateOnly(2026, 1, 20) });
        App.ActAs(Roles.ProgrammeStaff, null);

        var figures = (await QuarterAsync()).Current;

        Assert.Equal([new OutcomeCount(null, 1), new OutcomeCount(CaseOutcome.ResolvedInFavour, 1)], figures.CourtResults);
    }

    [Fact]
    public async Task TheMedianDaysToClose_OfAnEvenNumberOfCases_IsTheMeanOfTheMiddleTwo()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await StatisticsFixture.RegisterAsync(App, "Сыдыкова", "Айзада", Sex.Female, Citizenships.Kyrgyzstan, null, 1992);
        var @case = await StatisticsFixture.OpenAsync(App, client, StatisticsFixture.Documents, new DateOnly(2026, 1, 2));
        await App.SendAsync(new CloseCase { Id = @case, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2026, 1, 31) });
        App.ActAs(Roles.ProgrammeStaff, null);

        var figures = (await QuarterAsync()).Current;

        // The fixture's three closings took 3, 12 and 14 days; this one 29.
        Assert.Equal(4, figures.CasesClosed);
        Assert.Equal(13m, figures.MedianDaysToClose);
    }

    [Fact]
    public async Task ACaseClosedBeforeTheWindow_AndReopenedAfterThePeriod_WasNotOpenAtThePeriodsEnd()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await StatisticsFixture.RegisterAsync(App, "Абдыкадыров", "Нурбек", Sex.Male, Citizenships.Kyrgyzstan, null, 1985);
        var @case = await StatisticsFixture.OpenAsync(App, client, StatisticsFixture.Documents, new DateOnly(2024, 6, 3));
        await App.SendAsync(new CloseCase { Id = @case, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = new DateOnly(2024, 7, 1) });
        await App.SendAsync(new ReopenCase { Id = @case, Version = 1, ReopenedOn = new DateOnly(2026, 3, 2) });
        App.ActAs(Roles.ProgrammeStaff, null);

        var january = await App.SendAsync(new GetStatistics(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));

        // The fixture's three (Асанов's wages case, Осмонова's until February, Турдубаев's); not this one, closed then.
        Assert.Equal(3, january.Current.OpenAtPeriodEnd);
    }

    [Fact]
    public async Task TheCasesByCentreTable_CountsEachCaseAtTheCentreThatHoldsIt()
    {
        var table = (await QuarterAsync()).Table(StatisticsTables.CasesByCentre);

        // Opened, closed, open at the end, with money recovered, roubles recovered: Moscow has Раҳимова's and Каримов's
        // cases (both closed) and Асанов's open one; Kazan Осмонова's (closed) and Асанов's second; Chelyabinsk one.
        Assert.Equal(
            [[2m, 2m, 1m, 1m, 20000m], [2m, 1m, 1m, 1m, 50000m], [1m, 0m, 1m, 0m, 0m]],
            table.Rows.Select(r => r.Values.ToArray()));
        Assert.Equal([5m, 3m, 3m, 2m, 70000m], table.Total.Values);
    }

    [Fact]
    public async Task APastPeriodsRepeatClients_DoNotGrow_WhenAClientComesBackLater()
    {
        var february = new GetStatistics(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var before = (await App.SendAsync(february)).Current.RepeatClients;
        App.ActAsLawyerOf(TestApp.Moscow);
        var rahimova = await App.InDatabaseAsync(db => db.Clients.Where(c => c.Name.FamilyName == "Раҳимова").Select(c => c.Id).SingleAsync());
        await StatisticsFixture.OpenAsync(App, rahimova, StatisticsFixture.Wages, App.Today);
        App.ActAs(Roles.ProgrammeStaff, null);

        var after = (await App.SendAsync(february)).Current.RepeatClients;
        var thisMonth = (await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), App.Today))).Current.RepeatClients;

        // Асанов's second case opened at Kazan in March: in January and February he had one, and Раҳимова's second is today's.
        Assert.Equal((0, 0), (before, after));
        Assert.Equal(2, thisMonth);
    }

    [Fact]
    public async Task InAPeriodStartingMidMonth_AClientWhoCameEarlierThatMonth_IsNotNewInTheMonthlySeries()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await StatisticsFixture.RegisterAsync(App, "Токтогулова", "Бермет", Sex.Female, Citizenships.Kyrgyzstan, null, 1996);
        var @case = await StatisticsFixture.OpenAsync(App, client, StatisticsFixture.Documents, new DateOnly(2026, 2, 3));
        await StatisticsFixture.LogAsync(App, @case, new DateTime(2026, 2, 3, 10, 0, 0));
        await StatisticsFixture.LogAsync(App, @case, new DateTime(2026, 2, 17, 10, 0, 0));
        App.ActAs(Roles.ProgrammeStaff, null);

        var report = await App.SendAsync(new GetStatistics(new DateOnly(2026, 2, 10), To));

        // New in the period: Раҳимова (20 February) and Каримов (10 March); not this client, who came on 3 February.
        Assert.Equal(2, report.Current.NewClients);
        Assert.Equal([(2, 1), (3, 1)], report.Months.Select(m => (m.Month, m.NewClients)));
    }

    [Fact]
    public async Task AClientWithCasesInTwoCentres_IsOneClientButCountsAtEachCentre()
    {
        var report = await QuarterAsync();

        var byCentre = report.Table("ConsultationsByCentreAndCategory");
        Assert.Equal(["MOW", "KZN", "CHE", "Всего"], byCentre.Columns);
        Assert.Equal([5m, 2m, 1m, 8m], byCentre.Total.Values);
        Assert.Equal([2m, 2m, 0m, 4m], byCentre.Rows.Single(r => r.Label == "Невыплата зарплаты, трудовой спор").Values);
        Assert.Equal(5, report.Current.UniqueClients);
    }

    [Fact]
    public async Task ClientsByCitizenshipAndSex_CountEachClientOnce()
    {
        var table = (await QuarterAsync()).Table("ClientsByCitizenshipAndSex");

        Assert.Equal([("Кыргызстан", 1m, 2m), ("Таджикистан", 1m, 0m), ("Узбекистан", 0m, 1m)], table.Rows.Select(r => (r.Label, r.Values[0], r.Values[1])));
        Assert.Equal([2m, 3m, 5m], table.Total.Values);
    }

    [Fact]
    public async Task AReopenedCase_CountsOnceWithItsLatestOutcome()
    {
        var table = (await QuarterAsync()).Table("ClosedCasesByOutcomeAndCategory");

        var expulsion = table.Rows.Single(r => r.Label == "Административное выдворение или депортация");
        Assert.Equal(1m, expulsion.Values[^1]);
        Assert.Equal(1m, expulsion.Values[(int)CaseOutcome.PartiallyResolved - 1]);
    }

    [Fact]
    public async Task TheMonthlySeries_AddsUpToTheQuarter()
    {
        var report = await QuarterAsync();

        Assert.Equal([(1, 3, 2, 2, 0), (2, 2, 1, 1, 1), (3, 3, 1, 2, 2)],
            report.Months.Select(m => (m.Month, m.Consultations, m.NewClients, m.CasesOpened, m.CasesClosed)));
        Assert.Equal(report.Current.Consultations, report.Months.Sum(m => m.Consultations));
    }

    [Fact]
    public async Task ThePreviousPeriodAndTheYearBefore_AreComparedWithTheSameDefinitions()
    {
        var report = await QuarterAsync();

        Assert.Equal(new Period(new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), report.Period.Before());
        Assert.Equal((1, 1, 1), (report.PreviousPeriod.Consultations, report.PreviousPeriod.CasesOpened, report.PreviousPeriod.NewClients));
        Assert.Equal(0, report.YearBefore.Consultations);
    }

    [Fact]
    public async Task AClientWhoCameBeforeEveryComparedPeriod_IsNotNew_UnlessThatVisitWasVoided()
    {
        App.ActAsLawyerOf(TestApp.Moscow);
        var returning = await StatisticsFixture.OpenAsync(App,
            await StatisticsFixture.RegisterAsync(App, "Бекова", "Гүлзат", Sex.Female, Citizenships.Kyrgyzstan, null, 1985), StatisticsFixture.Wages, new DateOnly(2023, 3, 1));
        await StatisticsFixture.LogAsync(App, returning, new DateTime(2023, 3, 1, 10, 0, 0));
        await StatisticsFixture.LogAsync(App, returning, new DateTime(2026, 2, 2, 10, 0, 0));
        var miscounted = await StatisticsFixture.OpenAsync(App,
            await StatisticsFixture.RegisterAsync(App, "Төлөнов", "Эрмек", Sex.Male, Citizenships.Kyrgyzstan, null, 1980), StatisticsFixture.Wages, new DateOnly(2023, 3, 2));
        var voided = await StatisticsFixture.LogAsync(App, miscounted, new DateTime(2023, 3, 2, 10, 0, 0));
        await App.SendAsync(new VoidConsultation { CaseId = miscounted, ConsultationId = voided, Version = 0, Reason = "Записана не в то дело" });
        await StatisticsFixture.LogAsync(App, miscounted, new DateTime(2026, 2, 3, 10, 0, 0));
        App.ActAs(Roles.ProgrammeStaff, null);

        var report = await QuarterAsync();

        Assert.Equal((7, 5), (report.Current.UniqueClients, report.Current.NewClients));
        Assert.Equal([2, 2, 1], report.Months.Select(m => m.NewClients));
    }

    [Fact]
    public async Task ACoordinator_SeesOnlyTheirCentresFigures_AndAsksForNoOtherCentre()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var own = await QuarterAsync();
        var ownByName = await App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Moscow]));
        var ownLawyer = await App.SendAsync(new GetStatistics(From, To, Lawyer: [App.LawyerOf[TestApp.Moscow]]));
        var withKazan = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Moscow, TestApp.Kazan])));
        var withKazansLawyer = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(From, To, Lawyer: [App.LawyerOf[TestApp.Kazan]])));

        Assert.Equal((5, 3), (own.Current.Consultations, own.Current.UniqueClients));
        Assert.Equal(5, ownByName.Current.Consultations);
        Assert.True(ownLawyer.Current.Consultations > 0);
        Assert.Equal(Messages.StatisticsOfOwnCentreOnly, Assert.Single(withKazan.Errors["Centre"]));
        Assert.Equal(Messages.StatisticsOfOwnCentreOnly, Assert.Single(withKazansLawyer.Errors["Lawyer"]));
    }

    [Fact]
    public async Task ACoordinatorsTablesByCentre_ListTheirCentreOnly_NotTheOthersAsZeros()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var report = await QuarterAsync();

        Assert.Equal(["MOW", "Всего"], report.Table(StatisticsTables.ByCentreAndCategory).Columns);
        Assert.Equal(["MOW"], report.Table(StatisticsTables.CasesByCentre).Rows.Select(r => r.Label));
    }

    [Fact]
    public async Task AnIdThatNamesNoCentreCategoryOrLawyer_IsRefused_NotCountedAsNothingHappened()
    {
        var centre = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Moscow, 99])));
        var category = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(From, To, Category: [9999])));
        var lawyer = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(From, To, Lawyer: [99999])));

        Assert.Equal(Messages.UnknownCentre, Assert.Single(centre.Errors["Centre"]));
        Assert.Equal(Messages.UnknownCategory, Assert.Single(category.Errors["Category"]));
        Assert.Equal("Выберите юриста из списка.", Assert.Single(lawyer.Errors["Lawyer"]));
        var known = await App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Kazan], Category: [Requests.UnpaidWages], Lawyer: [App.LawyerOf[TestApp.Kazan]]));
        Assert.Equal((From, To), (known.Period.From, known.Period.To));
    }

    [Fact]
    public async Task APeriodOutOfRange_GivesTwoMessagesThatNameTheirField()
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(new DateOnly(2090, 1, 1), new DateOnly(2090, 3, 31))));

        Assert.StartsWith("Укажите в поле «Начало периода» дату с ", Assert.Single(refused.Errors["From"]), StringComparison.Ordinal);
        Assert.StartsWith("Укажите в поле «Конец периода» дату с ", Assert.Single(refused.Errors["To"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresReadForEveryCentre_AreNeverServedToACoordinator()
    {
        var everyCentre = await QuarterAsync();
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var own = await QuarterAsync();

        Assert.True(everyCentre.Current.Consultations > own.Current.Consultations);
        Assert.Equal((5, 3), (own.Current.Consultations, own.Current.UniqueClients));
    }

    [Fact]
    public async Task AnotherFilterOnTheSamePeriod_IsComputedFromTheFactsAlreadyRead()
    {
        var readAt = App.Clock.GetUtcNow();
        var first = await QuarterAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(1));

        var kazan = await App.SendAsync(new GetStatistics(From, To, Centre: [TestApp.Kazan]));

        Assert.Equal(readAt, first.ReadAt);
        Assert.Equal(readAt, kazan.ReadAt);
        Assert.NotEqual(first.Current.Consultations, kazan.Current.Consultations);
    }

    [Theory]
    [InlineData(Roles.Coordinator, TestApp.Chelyabinsk, 5)]
    [InlineData(Roles.ProgrammeStaff, null, 3)]
    public async Task TheReadTime_IsGivenInTheReadersTimeZone(string role, int? centre, int offsetHours)
    {
        App.ActAs(role, centre);

        var report = await QuarterAsync();

        Assert.Equal(App.Clock.GetUtcNow(), report.ReadAt);
        Assert.Equal(TimeSpan.FromHours(offsetHours), report.ReadAt.Offset);
    }

    [Fact]
    public async Task ALawyer_MayNotReadStatistics()
    {
        App.ActAsLawyerOf(TestApp.Moscow);

        await Assert.ThrowsAsync<Application.Common.Exceptions.ForbiddenAccessException>(QuarterAsync);
    }

    [Fact]
    public async Task APeriodOverTwentyYears_IsRefusedSayingSo()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetStatistics(new DateOnly(2005, 1, 1), new DateOnly(2025, 1, 2))));

        Assert.Equal(["Период не может быть длиннее 20 лет."], error.Errors["To"]);
    }

    private Task<StatisticsReport> QuarterAsync() => App.SendAsync(new GetStatistics(From, To));

    private static int Outcome(Indicators figures, CaseOutcome outcome) => figures.Outcomes.Single(o => o.Outcome == outcome).Cases;
}
