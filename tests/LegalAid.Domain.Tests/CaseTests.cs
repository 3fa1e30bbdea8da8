using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class CaseTests
{
    [Fact]
    public void Open_RecordsTheOpeningInTheHistory()
    {
        var @case = TestData.OpenCase();

        Assert.Equal("MOW-2026-00042", @case.Number);
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Equal(0, @case.AmountRecovered.MinorUnits);
        var opening = Assert.Single(@case.History);
        Assert.Equal(CaseStatus.Open, opening.Status);
        Assert.Equal(new DateOnly(2026, 3, 1), opening.EffectiveOn);
    }

    [Fact]
    public void Open_InTheFuture_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => TestData.OpenCase(TestData.Today.AddDays(1)));

        Assert.Equal(DomainErrors.InFuture, error.Code);
    }

    [Fact]
    public void Describe_KeepsThePrimaryCategoryOutOfTheOthers()
    {
        var @case = TestData.OpenCase();

        @case.Describe(new CaseDetails(6, [6, 8, 8, 1], null, null, null));

        Assert.Equal(6, @case.PrimaryCategoryId);
        Assert.Equal([8, 1], @case.OtherCategories.Select(c => c.ProblemCategoryId));
    }

    [Fact]
    public void Close_WithOutcomeAndDate_ClosesTheCase()
    {
        var @case = TestData.OpenCase();

        @case.Close(CaseOutcome.ResolvedInFavour, new DateOnly(2026, 3, 10), Money.Of(45000m), TestData.Actor());

        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal(CaseOutcome.ResolvedInFavour, @case.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 10), @case.ClosedOn);
        Assert.Equal(45000m, @case.AmountRecovered.Amount);
    }

    [Fact]
    public void Close_WithoutAValidOutcome_IsRefused()
    {
        var @case = TestData.OpenCase();

        var none = Assert.Throws<DomainException>(() => @case.Close(null, TestData.Today, Money.Zero(), TestData.Actor()));
        var unknown = Assert.Throws<DomainException>(() => @case.Close((CaseOutcome)0, TestData.Today, Money.Zero(), TestData.Actor()));

        Assert.Equal((DomainErrors.OutcomeRequired, DomainErrors.OutcomeRequired), (none.Code, unknown.Code));
        Assert.Equal(CaseStatus.Open, @case.Status);
    }

    [Fact]
    public void Close_BeforeTheOpeningDate_IsRefused()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));

        var error = Assert.Throws<DomainException>(() =>
            @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 2, 28), Money.Zero(), TestData.Actor()));

        Assert.Equal((DomainErrors.ClosedBeforeOpened, new DateOnly(2026, 3, 1)), (error.Code, error.Bound));
    }

    [Fact]
    public void Close_BeforeTheDayItWasReopened_IsRefused()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 2), Money.Zero(), TestData.Actor());
        @case.Reopen(new DateOnly(2026, 3, 10), TestData.Actor());

        var error = Assert.Throws<DomainException>(() =>
            @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor()));

        Assert.Equal((DomainErrors.ClosedBeforeReopened, nameof(Case.ClosedOn), new DateOnly(2026, 3, 10)), (error.Code, error.Field, error.Bound));
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 10), Money.Zero(), TestData.Actor());
        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void Close_BeforeItsLastConsultation_IsRefused()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 12, 10, 0, 0)), TestData.Actor());

        var error = Assert.Throws<DomainException>(() =>
            @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 11), Money.Zero(), TestData.Actor()));

        Assert.Equal((DomainErrors.ClosedBeforeConsultation, nameof(Case.ClosedOn), new DateOnly(2026, 3, 12)), (error.Code, error.Field, error.Bound));
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 12), Money.Zero(), TestData.Actor());
        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void Close_BreakingSeveralRules_IsRefusedForEveryOneAtOnce()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));

        var error = Assert.Throws<DomainException>(() =>
            @case.Close(null, new DateOnly(2026, 2, 28), Money.Of(999_999_999m), TestData.Actor()));

        Assert.Equal(
            [(DomainErrors.OutcomeRequired, nameof(Case.Outcome)), (DomainErrors.ClosedBeforeOpened, nameof(Case.ClosedOn)), (DomainErrors.UnusualAmountRecovered, "ConfirmAmountRecovered")],
            error.All.Select(rule => (rule.Code, rule.Field)));
        Assert.Equal(CaseStatus.Open, @case.Status);
    }

    [Theory]
    [InlineData(null, 1_000_000d, false)]
    [InlineData(null, 1_000_000.01d, true)]
    [InlineData(175_000d, 1_750_000d, false)]
    [InlineData(175_000d, 999_999_999d, true)]
    public void AnUnusualRecovery_IsOverTenTimesTheClaim_OrAMillionWithoutOne(double? claimed, double recovered, bool unusual) =>
        Assert.Equal(unusual, Case.IsUnusualRecovery(Money.Of((decimal)recovered), claimed is { } claim ? Money.Of((decimal)claim) : null));

    [Fact]
    public void Close_WithAnUnusualAmountRecovered_NeedsItConfirmed()
    {
        var @case = TestData.OpenCase();
        var typo = Money.Of(999_999_999m);

        var error = Assert.Throws<DomainException>(() => @case.Close(CaseOutcome.ResolvedInFavour, TestData.Today, typo, TestData.Actor()));
        @case.Close(CaseOutcome.ResolvedInFavour, TestData.Today, typo, TestData.Actor(), amountConfirmed: true);

        Assert.Equal((DomainErrors.UnusualAmountRecovered, "ConfirmAmountRecovered"), (error.Code, error.Field));
        Assert.Equal(typo, @case.AmountRecovered);
    }

    [Fact]
    public void Close_OnTheOpeningDay_IsAllowed()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));

        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 1), Money.Zero(), TestData.Actor());

        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void Close_InTheFuture_IsRefused()
    {
        var @case = TestData.OpenCase();

        var error = Assert.Throws<DomainException>(() =>
            @case.Close(CaseOutcome.AdviceOnly, TestData.Today.AddDays(1), Money.Zero(), TestData.Actor()));

        Assert.Equal(DomainErrors.InFuture, error.Code);
    }

    [Fact]
    public void Close_Twice_IsRefused()
    {
        var @case = TestData.OpenCase();
        @case.Close(CaseOutcome.AdviceOnly, TestData.Today, Money.Zero(), TestData.Actor());

        var error = Assert.Throws<DomainException>(() => @case.Close(CaseOutcome.AdviceOnly, TestData.Today, Money.Zero(), TestData.Actor()));

        Assert.Equal(DomainErrors.CaseAlreadyClosed, error.Code);
    }

    [Fact]
    public void Reopen_GoesBackToOpenAndKeepsTheHistory()
    {
        var @case = TestData.OpenCase();
        @case.Close(CaseOutcome.NotResolved, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor());

        @case.Reopen(new DateOnly(2026, 3, 12), TestData.Actor(), "Новые документы от работодателя");

        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Null(@case.Outcome);
        Assert.Null(@case.ClosedOn);
        Assert.Equal([CaseStatus.Open, CaseStatus.Closed, CaseStatus.Open], @case.History.Select(h => h.Status));
        Assert.Equal(CaseOutcome.NotResolved, @case.History.ElementAt(1).Outcome);
        Assert.Equal("Новые документы от работодателя", @case.History.Last().Note);
    }

    [Fact]
    public void Reopen_AnOpenCase_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => TestData.OpenCase().Reopen(TestData.Today, TestData.Actor()));

        Assert.Equal(DomainErrors.CaseNotClosed, error.Code);
    }

    [Fact]
    public void Reopen_BeforeTheClosingDate_IsRefused()
    {
        var @case = TestData.OpenCase();
        @case.Close(CaseOutcome.NotResolved, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor());

        var error = Assert.Throws<DomainException>(() => @case.Reopen(new DateOnly(2026, 3, 4), TestData.Actor()));

        Assert.Equal((DomainErrors.ReopenedBeforeClosed, new DateOnly(2026, 3, 5)), (error.Code, error.Bound));
    }

    [Fact]
    public void CaseNumber_IsCentreYearAndFiveDigits() =>
        Assert.Equal("CHE-2026-00007", new CaseNumber("CHE", 2026, 7).ToString());

    [Theory]
    [InlineData("CHE-2026-00007", true)]
    [InlineData("mow-2026-00173", true)]
    [InlineData("741", false)]
    [InlineData("MOW-26-00173", false)]
    [InlineData("lawyer.mow@demo.legalaid", false)]
    public void ACaseNumber_IsKnownByItsShape(string text, bool shaped) =>
        Assert.Equal(shaped, CaseNumber.IsShaped(text));
}
