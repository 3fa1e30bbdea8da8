using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class CaseWorkTests
{
    [Fact]
    public void ADeadline_IsOpenUntilMarkedDone()
    {
        var @case = TestData.OpenCase();
        var hearing = @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 2), Note: "Мещанский районный суд, зал 5"), TestData.Actor());

        Assert.False(hearing.IsDone);
        Assert.Equal("Мещанский районный суд, зал 5", hearing.Note);
        Assert.Equal(7, hearing.CreatedByStaffMemberId);
    }

    [Fact]
    public void AHearingsTime_IsKeptToTheMinute_WhenAddedOrCorrected()
    {
        var @case = TestData.OpenCase();
        var hearing = @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 2), new TimeOnly(10, 30, 45, 123)), TestData.Actor());
        var added = hearing.DueAt;

        hearing.Correct(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 2), new TimeOnly(14, 0, 1)), TestData.Actor());

        Assert.Equal(new TimeOnly(10, 30), added);
        Assert.Equal(new TimeOnly(14, 0), hearing.DueAt);
    }

    [Fact]
    public void ADeadline_IsOverdueFromTheDayAfterItsDueDateUntilDone()
    {
        var @case = TestData.OpenCase();
        var hearing = @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 2)), TestData.Actor());

        Assert.False(hearing.IsOverdueOn(new DateOnly(2026, 4, 2)));
        Assert.True(hearing.IsOverdueOn(new DateOnly(2026, 4, 3)));

        @case.CompleteDeadline(hearing.Id, TestData.Actor());

        Assert.False(hearing.IsOverdueOn(new DateOnly(2026, 4, 3)));
    }

    [Fact]
    public void ADeadline_IsRefusedOnAClosedCase_AndTakenOnceItIsReopened()
    {
        var @case = TestData.OpenCase();
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor());
        var appeal = new DeadlineDetails(DeadlineType.AppealDeadline, new DateOnly(2026, 4, 2));

        var error = Assert.Throws<DomainException>(() => @case.AddDeadline(appeal, TestData.Actor()));
        @case.Reopen(new DateOnly(2026, 3, 6), TestData.Actor());
        @case.AddDeadline(appeal, TestData.Actor());

        Assert.Equal(DomainErrors.DeadlineOnClosedCase, error.Code);
        Assert.Single(@case.Deadlines);
    }

    [Fact]
    public void ADeadlineWithoutAType_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => TestData.OpenCase().AddDeadline(new DeadlineDetails((DeadlineType)0, TestData.Today), TestData.Actor()));

        Assert.Equal(DomainErrors.Required, error.Code);
    }

    [Fact]
    public void ADocumentOver10Megabytes_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            TestData.OpenCase().AttachDocument("решение суда.pdf", "application/pdf", CaseDocument.MaxSizeBytes + 1, "key", "hash", TestData.Actor()));

        Assert.Equal(DomainErrors.FileTooLarge, error.Code);
    }

    [Fact]
    public void AReferral_StartsPendingAndRecordsItsResult()
    {
        var @case = TestData.OpenCase();
        var referral = @case.Refer(partnerId: 3, new DateOnly(2026, 3, 10), "Направлен в приют", TestData.Actor());

        @case.RecordReferralResult(referral.Id, ReferralResult.Helped, new DateOnly(2026, 3, 12), null, TestData.Actor());

        Assert.Equal(ReferralResult.Helped, referral.Result);
        Assert.Equal(new DateOnly(2026, 3, 12), referral.ResultOn);
        Assert.Equal("Направлен в приют", referral.Note);
    }

    [Fact]
    public void AReferralResult_CannotPrecedeTheReferral()
    {
        var @case = TestData.OpenCase();
        var referral = @case.Refer(partnerId: 3, new DateOnly(2026, 3, 10), null, TestData.Actor());

        var error = Assert.Throws<DomainException>(() =>
            @case.RecordReferralResult(referral.Id, ReferralResult.Helped, new DateOnly(2026, 3, 9), null, TestData.Actor()));

        Assert.Equal((DomainErrors.ResultBeforeReferral, new DateOnly(2026, 3, 10)), (error.Code, error.Bound));
        Assert.Equal(ReferralResult.Pending, referral.Result);
    }
}
