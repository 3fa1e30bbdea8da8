using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Domain.Tests;

public sealed class ConsultationTests
{
    [Fact]
    public void Log_StoresUtcAndTheCentresLocalDate()
    {
        var @case = TestData.OpenCase();

        var consultation = @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 1, 30, 0)), TestData.Actor());

        Assert.Equal(new DateTime(2026, 3, 9, 22, 30, 0, DateTimeKind.Utc), consultation.HeldAtUtc);
        Assert.Equal(new DateOnly(2026, 3, 10), consultation.HeldOn);
        Assert.Equal([6], consultation.Categories.Select(c => c.ProblemCategoryId));
        Assert.Same(consultation, Assert.Single(@case.Consultations));
    }

    [Fact]
    public void Log_WithoutCategories_TakesTheCasesPrimaryCategory()
    {
        var @case = TestData.OpenCase();
        var details = TestData.Consultation(new DateTime(2026, 3, 10, 12, 0, 0)) with { CategoryIds = [] };

        var consultation = @case.LogConsultation(details, TestData.Actor());

        Assert.Equal([@case.PrimaryCategoryId], consultation.Categories.Select(c => c.ProblemCategoryId));
    }

    [Fact]
    public void Log_InTheFuture_IsRefused()
    {
        var @case = TestData.OpenCase();
        var inAnHour = TestData.Moscow.ToLocal(TestData.NowUtc.AddHours(1));

        var error = Assert.Throws<DomainException>(() => @case.LogConsultation(TestData.Consultation(inAnHour), TestData.Actor()));

        Assert.Equal(DomainErrors.InFuture, error.Code);
        Assert.Empty(@case.Consultations);
    }

    [Fact]
    public void Log_UpToAWeekBeforeTheCaseOpened_IsTheIntake()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));

        var intake = @case.LogConsultation(TestData.Consultation(new DateTime(2026, 2, 22, 0, 0, 0)), TestData.Actor());

        Assert.Equal(Case.IntakeDaysBeforeOpening, @case.OpenedOn.DayNumber - intake.HeldOn.DayNumber);
    }

    [Fact]
    public void Log_MoreThanAWeekBeforeTheCaseOpened_IsRefused()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));

        var error = Assert.Throws<DomainException>(() =>
            @case.LogConsultation(TestData.Consultation(new DateTime(2026, 2, 21, 23, 59, 0)), TestData.Actor()));

        Assert.Equal((DomainErrors.ConsultationBeforeCaseOpened, new DateOnly(2026, 2, 22)), (error.Code, error.Bound));
        Assert.Empty(@case.Consultations);
    }

    [Fact]
    public void Log_WithNeitherSummaryNorAction_IsRefused()
    {
        var @case = TestData.OpenCase();
        var untouched = TestData.Consultation(new DateTime(2026, 3, 10, 12, 0, 0)) with { Actions = ConsultationActions.None, Summary = "  " };

        var error = Assert.Throws<DomainException>(() => @case.LogConsultation(untouched, TestData.Actor()));

        Assert.Equal((DomainErrors.EmptyConsultation, "Summary"), (error.Code, error.Field));
        Assert.Empty(@case.Consultations);
    }

    [Fact]
    public void Log_WithAnActionButNoSummary_OrASummaryButNoAction_IsAccepted()
    {
        var @case = TestData.OpenCase();
        var day = new DateTime(2026, 3, 10, 12, 0, 0);

        @case.LogConsultation(TestData.Consultation(day) with { Summary = null }, TestData.Actor());
        @case.LogConsultation(TestData.Consultation(day) with { Actions = ConsultationActions.None }, TestData.Actor());

        Assert.Equal(2, @case.Consultations.Count);
    }

    [Fact]
    public void Log_OnAClosedCase_IsRefused()
    {
        var @case = TestData.OpenCase();
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor());

        var error = Assert.Throws<DomainException>(() =>
            @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 12, 0, 0)), TestData.Actor()));

        Assert.Equal(DomainErrors.ConsultationOnClosedCase, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(601)]
    public void Log_WithAnImpossibleDuration_IsRefused(int minutes)
    {
        var error = Assert.Throws<DomainException>(() =>
            TestData.OpenCase().LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 12, 0, 0), minutes: minutes), TestData.Actor()));

        Assert.Equal(DomainErrors.InvalidDuration, error.Code);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-03-10", true)]
    [InlineData("2026-03-11", true)]
    [InlineData("2026-03-09", false)]
    public void AFollowUp_FitsOnTheConsultationsDayOrLater(string? followUpOn, bool fits) =>
        Assert.Equal(fits, Consultation.FollowUpFits(new DateOnly(2026, 3, 10), followUpOn is null ? null : DateOnly.Parse(followUpOn, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Log_WithAFollowUpBeforeIt_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            TestData.OpenCase().LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 12, 0, 0), new DateOnly(2026, 3, 9)), TestData.Actor()));

        Assert.Equal(DomainErrors.FollowUpBeforeConsultation, error.Code);
    }

    [Fact]
    public void ALaterContact_KeepsTheCallBacksDueByItsDay_AndLeavesTheRest()
    {
        var @case = TestData.OpenCase();
        var promisedAtFirst = Assert.Single(@case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 2, 10, 0, 0), followUp: new DateOnly(2026, 3, 5)), TestData.Actor()).FollowUps);
        var addedByHand = @case.AddDeadline(new DeadlineDetails(DeadlineType.CallBack, new DateOnly(2026, 3, 10)), TestData.Actor());
        var stillAhead = @case.AddDeadline(new DeadlineDetails(DeadlineType.CallBack, new DateOnly(2026, 3, 11)), TestData.Actor());
        var hearing = @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 3, 9)), TestData.Actor());

        var contact = @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 18, 0, 0)), TestData.Actor());

        Assert.Equal([promisedAtFirst, addedByHand], contact.KeptCallBacks);
        Assert.All(contact.KeptCallBacks, kept => Assert.Equal((true, (DateOnly?)new DateOnly(2026, 3, 10)), (kept.IsDone, kept.DoneOn)));
        Assert.Equal((false, false), (stillAhead.IsDone, hearing.IsDone));
    }

    [Fact]
    public void AFollowUpOnTheConsultationsOwnDay_IsNotKeptByIt_NorAVoidedCallBackByALaterOne()
    {
        var @case = TestData.OpenCase();
        var sameDay = @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 10, 10, 0, 0), followUp: new DateOnly(2026, 3, 10)), TestData.Actor());
        var voided = @case.AddDeadline(new DeadlineDetails(DeadlineType.CallBack, new DateOnly(2026, 3, 9)), TestData.Actor());
        voided.Void("Клиент сам пришёл раньше", TestData.Actor());

        Assert.Empty(sameDay.KeptCallBacks);
        Assert.False(Assert.Single(sameDay.FollowUps).IsDone);

        var later = @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 12, 10, 0, 0)), TestData.Actor());

        Assert.Equal([Assert.Single(sameDay.FollowUps)], later.KeptCallBacks);
        Assert.False(voided.IsDone);
    }

    [Fact]
    public void CentreMoment_UsesTheCentresTimeZone()
    {
        var moment = TestData.Chelyabinsk.MomentOf(new DateTime(2026, 1, 1, 2, 0, 0));

        Assert.Equal(new DateTime(2025, 12, 31, 21, 0, 0, DateTimeKind.Utc), moment.Utc);
        Assert.Equal(new DateOnly(2026, 1, 1), moment.LocalDate);
    }

    [Fact]
    public void CentreMoment_OfATimeThatNamesItsZone_IsThatInstant_DatedOnTheCentresClock()
    {
        var utc = TestData.Chelyabinsk.MomentOf(new DateTime(2025, 12, 31, 20, 0, 0, DateTimeKind.Utc));
        var offset = TestData.Chelyabinsk.MomentOf(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(5)).LocalDateTime);

        Assert.Equal((new DateTime(2025, 12, 31, 20, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 1, 1)), (utc.Utc, utc.LocalDate));
        Assert.Equal((new DateTime(2025, 12, 31, 20, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 1, 1)), (offset.Utc, offset.LocalDate));
    }
}
