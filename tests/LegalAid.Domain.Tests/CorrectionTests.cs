using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Domain.Tests;

/// <summary>Putting the record right: corrections, voids with a reason, the opening date and the hearing ahead.</summary>
public sealed class CorrectionTests
{
    private static readonly DateTime Tuesday = new(2026, 3, 10, 12, 0, 0);

    private const string FollowUpDropped = "Дата перезвона убрана при исправлении консультации";

    private static ConsultationCorrection Correction(IReadOnlyCollection<int>? categories = null) =>
        new(ConsultationChannel.Phone, 15, categories ?? [1, 6], ConsultationActions.ComplaintOrLetter, "Жалоба в трудовую инспекцию.", new DateOnly(2026, 3, 20));

    [Fact]
    public void CorrectingAConsultation_ReplacesWhatWasSaid_KeepsWhenAndWho()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday), TestData.Actor());

        @case.CorrectConsultation(consultation.Id, Correction([1]), FollowUpDropped, TestData.Actor());

        Assert.Equal(
            (ConsultationChannel.Phone, 15, ConsultationActions.ComplaintOrLetter, "Жалоба в трудовую инспекцию."),
            (consultation.Channel, consultation.DurationMinutes, consultation.Actions, consultation.Summary));
        Assert.Equal(new DateOnly(2026, 3, 20), Assert.Single(consultation.FollowUps).DueOn);
        Assert.Equal([1], consultation.Categories.Select(c => c.ProblemCategoryId));
        Assert.Equal((new DateOnly(2026, 3, 10), 7), (consultation.HeldOn, consultation.LawyerId));
        Assert.Equal(TestData.NowUtc, consultation.CorrectedAtUtc);
    }

    [Fact]
    public void CorrectingAConsultation_WithoutCategories_MakesItAboutTheCasesPrimaryOne()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday) with { CategoryIds = [1, 2] }, TestData.Actor());

        @case.CorrectConsultation(consultation.Id, Correction([]), FollowUpDropped, TestData.Actor());

        Assert.Equal([@case.PrimaryCategoryId], consultation.Categories.Select(c => c.ProblemCategoryId));
    }

    [Fact]
    public void CorrectingAConsultation_IntoAnEmptyOne_IsRefusedAndChangesNothing()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday), TestData.Actor());

        var error = Assert.Throws<DomainException>(() =>
            @case.CorrectConsultation(consultation.Id, Correction() with { Actions = ConsultationActions.None, Summary = null }, FollowUpDropped, TestData.Actor()));

        Assert.Equal(DomainErrors.EmptyConsultation, error.Code);
        Assert.Equal((ConsultationChannel.InPerson, "Разъяснены права."), (consultation.Channel, consultation.Summary));
    }

    [Fact]
    public void CorrectingTheFollowUpDate_MovesItsCallBack_KeepingWhatElseItSays()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday, followUp: new DateOnly(2026, 3, 17)), TestData.Actor());
        var callBack = Assert.Single(@case.Deadlines);

        @case.CorrectConsultation(consultation.Id, Correction() with { FollowUpOn = new DateOnly(2026, 3, 24) }, FollowUpDropped, TestData.Actor());

        Assert.Same(callBack, Assert.Single(@case.Deadlines));
        Assert.Equal((DeadlineType.CallBack, new DateOnly(2026, 3, 24), false), (callBack.Type, callBack.DueOn, callBack.IsVoided));
        Assert.Same(callBack, Assert.Single(consultation.FollowUps));
        Assert.Equal(TestData.NowUtc, callBack.CorrectedAtUtc);
    }

    [Fact]
    public void DroppingTheFollowUpDate_VoidsItsCallBack_AndANewDateAddsAnother()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday, followUp: new DateOnly(2026, 3, 17)), TestData.Actor());
        var dropped = Assert.Single(@case.Deadlines);

        @case.CorrectConsultation(consultation.Id, Correction() with { FollowUpOn = null }, FollowUpDropped, TestData.Actor());

        Assert.Equal((true, FollowUpDropped, (int?)7), (dropped.IsVoided, dropped.VoidReason, dropped.VoidedByStaffMemberId));
        Assert.Equal(new DateOnly(2026, 3, 17), dropped.DueOn);

        @case.CorrectConsultation(consultation.Id, Correction() with { FollowUpOn = new DateOnly(2026, 3, 19) }, FollowUpDropped, TestData.Actor());

        var standing = Assert.Single(@case.Deadlines, d => !d.IsVoided);
        Assert.Equal((DeadlineType.CallBack, new DateOnly(2026, 3, 19)), (standing.Type, standing.DueOn));
        Assert.Equal(2, consultation.FollowUps.Count);
    }

    [Fact]
    public void VoidingAConsultation_VoidsTheCallBackPromisedThere()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday, followUp: new DateOnly(2026, 3, 17)), TestData.Actor());

        @case.VoidConsultation(consultation.Id, "Записана не в то дело", TestData.Actor());

        var callBack = Assert.Single(@case.Deadlines);
        Assert.Equal((true, "Записана не в то дело"), (callBack.IsVoided, callBack.VoidReason));
    }

    [Fact]
    public void VoidingAConsultation_KeepsACallBackAlreadyMade()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday, followUp: new DateOnly(2026, 3, 12)), TestData.Actor());
        var callBack = Assert.Single(@case.Deadlines);
        @case.CompleteDeadline(callBack.Id, TestData.Actor());

        @case.VoidConsultation(consultation.Id, "Дубликат", TestData.Actor());

        Assert.Equal((true, false, true), (consultation.IsVoided, callBack.IsVoided, callBack.IsDone));
    }

    [Fact]
    public void VoidingARecord_SaysWhoWhenAndWhy_AndFreezesIt()
    {
        var @case = TestData.OpenCase();
        var consultation = @case.LogConsultation(TestData.Consultation(Tuesday), TestData.Actor());

        consultation.Void("Записана не в то дело — клиент Өмүрбеков.", TestData.Actor());

        Assert.True(consultation.IsVoided);
        Assert.Equal((TestData.NowUtc, (int?)7, "Записана не в то дело — клиент Өмүрбеков."), (consultation.VoidedAtUtc!.Value, consultation.VoidedByStaffMemberId, consultation.VoidReason));
        Assert.Equal(DomainErrors.AlreadyVoided, Assert.Throws<DomainException>(() => @case.CorrectConsultation(consultation.Id, Correction(), FollowUpDropped, TestData.Actor())).Code);
        Assert.Equal(DomainErrors.AlreadyVoided, Assert.Throws<DomainException>(() => consultation.Void("ещё раз", TestData.Actor())).Code);
        Assert.Equal("Записана не в то дело — клиент Өмүрбеков.", consultation.VoidReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void VoidingARecord_NeedsAReason(string? reason)
    {
        var document = TestData.OpenCase().AttachDocument("паспорт.jpg", "image/jpeg", 1000, "ab12", "hash", TestData.Actor());

        var error = Assert.Throws<DomainException>(() => document.Void(reason, TestData.Actor()));

        Assert.Equal((DomainErrors.Required, "VoidReason"), (error.Code, error.Field));
        Assert.False(document.IsVoided);
    }

    [Fact]
    public void TheOpeningDate_MovesWhileEveryConsultationIsAtMostAWeekBeforeIt()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 2, 10, 0, 0)), TestData.Actor());

        @case.ChangeOpeningDate(new DateOnly(2026, 3, 9), TestData.Actor());

        Assert.Equal(new DateOnly(2026, 3, 9), @case.OpenedOn);
        Assert.Equal(new DateOnly(2026, 3, 9), Assert.Single(@case.History).EffectiveOn);
        var error = Assert.Throws<DomainException>(() => @case.ChangeOpeningDate(new DateOnly(2026, 3, 10), TestData.Actor()));
        Assert.Equal((DomainErrors.OpenedAfterConsultation, "OpenedOn", new DateOnly(2026, 3, 9)), (error.Code, error.Field, error.Bound));
        Assert.Equal(new DateOnly(2026, 3, 9), @case.OpenedOn);
    }

    [Fact]
    public void TheOpeningDate_IgnoresVoidedConsultations()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.LogConsultation(TestData.Consultation(new DateTime(2026, 3, 1, 10, 0, 0)), TestData.Actor()).Void("Дубликат", TestData.Actor());

        @case.ChangeOpeningDate(new DateOnly(2026, 3, 14), TestData.Actor());

        Assert.Equal(new DateOnly(2026, 3, 14), @case.OpenedOn);
    }

    [Fact]
    public void TheOpeningDate_CannotGoPastAClosingOrIntoTheFuture()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.Close(CaseOutcome.AdviceOnly, new DateOnly(2026, 3, 5), Money.Zero(), TestData.Actor());

        var afterClosing = Assert.Throws<DomainException>(() => @case.ChangeOpeningDate(new DateOnly(2026, 3, 6), TestData.Actor()));
        Assert.Equal((DomainErrors.OpenedAfterStatusChange, new DateOnly(2026, 3, 5)), (afterClosing.Code, afterClosing.Bound));
        Assert.Equal(DomainErrors.InFuture, Assert.Throws<DomainException>(() => TestData.OpenCase().ChangeOpeningDate(TestData.Today.AddDays(1), TestData.Actor())).Code);
        @case.ChangeOpeningDate(new DateOnly(2026, 3, 5), TestData.Actor());
        Assert.Equal(new DateOnly(2026, 3, 5), @case.OpenedOn);
    }

    [Fact]
    public void ClosingWithAHearingAhead_NeedsAConfirmation()
    {
        var @case = TestData.OpenCase();
        @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, TestData.Today, new TimeOnly(10, 30), "Мещанский районный суд, зал 5"), TestData.Actor());

        var error = Assert.Throws<DomainException>(() => @case.Close(CaseOutcome.AdviceOnly, TestData.Today, Money.Zero(), TestData.Actor()));

        Assert.Equal((DomainErrors.UpcomingHearing, "ConfirmUpcomingHearing"), (error.Code, error.Field));
        Assert.Equal(CaseStatus.Open, @case.Status);
        @case.Close(CaseOutcome.AdviceOnly, TestData.Today, Money.Zero(), TestData.Actor(), hearingConfirmed: true);
        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void ClosingNeedsNoConfirmation_ForAPastDoneOrVoidedHearing_OrAnotherDeadline()
    {
        var @case = TestData.OpenCase();
        var held = @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, TestData.Today), TestData.Actor());
        @case.CompleteDeadline(held.Id, TestData.Actor());
        @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, TestData.Today.AddDays(-1)), TestData.Actor());
        @case.AddDeadline(new DeadlineDetails(DeadlineType.AppealDeadline, TestData.Today.AddDays(5)), TestData.Actor());
        @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, TestData.Today.AddDays(5)), TestData.Actor()).Void("Заседание отменено", TestData.Actor());

        @case.Close(CaseOutcome.AdviceOnly, TestData.Today, Money.Zero(), TestData.Actor());

        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public void ADeadline_KeepsItsTimeAndPlace_AndIsCorrected()
    {
        var deadline = TestData.OpenCase().AddDeadline(
            new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 2), new TimeOnly(10, 30), "Мещанский районный суд, зал 5"), TestData.Actor());

        deadline.Correct(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 4, 9), new TimeOnly(14, 0), "Мещанский районный суд, зал 7", "Перенесено"), TestData.Actor());

        Assert.Equal((new DateOnly(2026, 4, 9), (TimeOnly?)new TimeOnly(14, 0), "Мещанский районный суд, зал 7", "Перенесено"), (deadline.DueOn, deadline.DueAt, deadline.Place, deadline.Note));
    }

    [Fact]
    public void Done_CanBeUndone_OnlyWhenDone()
    {
        var @case = TestData.OpenCase();
        var deadline = @case.AddDeadline(new DeadlineDetails(DeadlineType.DocumentDue, TestData.Today), TestData.Actor());
        Assert.Equal(DomainErrors.DeadlineNotDone, Assert.Throws<DomainException>(deadline.Reopen).Code);

        @case.CompleteDeadline(deadline.Id, TestData.Actor());
        deadline.Reopen();

        Assert.Equal((false, (DateOnly?)null), (deadline.IsDone, deadline.DoneOn));
    }

    [Fact]
    public void AVoidedDeadline_CannotBeMarkedDone()
    {
        var @case = TestData.OpenCase();
        var deadline = @case.AddDeadline(new DeadlineDetails(DeadlineType.CallBack, TestData.Today), TestData.Actor());
        deadline.Void("Не тот клиент", TestData.Actor());

        Assert.Equal(DomainErrors.AlreadyVoided, Assert.Throws<DomainException>(() => @case.CompleteDeadline(deadline.Id, TestData.Actor())).Code);
    }

    [Fact]
    public void AReferral_IsDatedAtMostAWeekBeforeTheCaseOpened_WhenMadeOrCorrected()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 10));

        var referral = @case.Refer(partnerId: 3, new DateOnly(2026, 3, 3), null, TestData.Actor());

        var made = Assert.Throws<DomainException>(() => @case.Refer(partnerId: 3, new DateOnly(2026, 3, 2), null, TestData.Actor()));
        var corrected = Assert.Throws<DomainException>(() => @case.CorrectReferral(referral.Id, 3, new DateOnly(2026, 3, 2), null, TestData.Actor()));
        Assert.Equal((DomainErrors.ReferralBeforeCaseOpened, "ReferredOn", new DateOnly(2026, 3, 3)), (made.Code, made.Field, made.Bound));
        Assert.Equal((DomainErrors.ReferralBeforeCaseOpened, new DateOnly(2026, 3, 3)), (corrected.Code, corrected.Bound));
        Assert.Equal(new DateOnly(2026, 3, 3), Assert.Single(@case.Referrals).ReferredOn);
    }

    [Fact]
    public void ADeadline_IsDatedAtMostAWeekBeforeTheCaseOpened_WhenAddedOrItsDayCorrected()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 10));
        var appeal = @case.AddDeadline(new DeadlineDetails(DeadlineType.AppealDeadline, new DateOnly(2026, 3, 3)), TestData.Actor());

        var added = Assert.Throws<DomainException>(() => @case.AddDeadline(new DeadlineDetails(DeadlineType.AppealDeadline, new DateOnly(2025, 3, 20)), TestData.Actor()));
        var corrected = Assert.Throws<DomainException>(() =>
            @case.CorrectDeadline(appeal.Id, new DeadlineDetails(DeadlineType.AppealDeadline, new DateOnly(2026, 3, 2)), TestData.Actor()));
        @case.CorrectDeadline(appeal.Id, new DeadlineDetails(DeadlineType.AppealDeadline, new DateOnly(2026, 3, 3), Note: "Срок подачи жалобы"), TestData.Actor());

        Assert.Equal((DomainErrors.DeadlineBeforeCaseOpened, "DueOn", new DateOnly(2026, 3, 3)), (added.Code, added.Field, added.Bound));
        Assert.Equal((DomainErrors.DeadlineBeforeCaseOpened, new DateOnly(2026, 3, 3)), (corrected.Code, corrected.Bound));
        Assert.Equal((new DateOnly(2026, 3, 3), "Срок подачи жалобы"), (Assert.Single(@case.Deadlines).DueOn, appeal.Note));
    }

    [Fact]
    public void TheOpeningDate_MovesWhileEveryDeadlineIsAtMostAWeekBeforeIt()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 3, 2)), TestData.Actor());
        @case.AddDeadline(new DeadlineDetails(DeadlineType.CourtHearing, new DateOnly(2026, 2, 23)), TestData.Actor()).Void("Заседание отменено", TestData.Actor());

        @case.ChangeOpeningDate(new DateOnly(2026, 3, 9), TestData.Actor());

        var error = Assert.Throws<DomainException>(() => @case.ChangeOpeningDate(new DateOnly(2026, 3, 10), TestData.Actor()));
        Assert.Equal((DomainErrors.OpenedAfterDeadline, "OpenedOn", new DateOnly(2026, 3, 9)), (error.Code, error.Field, error.Bound));
    }

    [Fact]
    public void TheOpeningDate_MovesWhileEveryReferralIsAtMostAWeekBeforeIt()
    {
        var @case = TestData.OpenCase(new DateOnly(2026, 3, 1));
        @case.Refer(partnerId: 3, new DateOnly(2026, 3, 2), null, TestData.Actor());

        @case.ChangeOpeningDate(new DateOnly(2026, 3, 9), TestData.Actor());

        var error = Assert.Throws<DomainException>(() => @case.ChangeOpeningDate(new DateOnly(2026, 3, 10), TestData.Actor()));
        Assert.Equal((DomainErrors.OpenedAfterReferral, "OpenedOn", new DateOnly(2026, 3, 9)), (error.Code, error.Field, error.Bound));
    }

    [Fact]
    public void AReferral_IsCorrected_ButNotDatedAfterItsResult()
    {
        var @case = TestData.OpenCase();
        var referral = @case.Refer(partnerId: 3, new DateOnly(2026, 3, 10), "Приют", TestData.Actor());
        @case.RecordReferralResult(referral.Id, ReferralResult.Helped, new DateOnly(2026, 3, 12), null, TestData.Actor());

        @case.CorrectReferral(referral.Id, partnerId: 4, new DateOnly(2026, 3, 11), null, TestData.Actor());

        Assert.Equal((4, new DateOnly(2026, 3, 11), (string?)null, ReferralResult.Helped), (referral.PartnerId, referral.ReferredOn, referral.Note, referral.Result));
        var afterResult = Assert.Throws<DomainException>(() => @case.CorrectReferral(referral.Id, 4, new DateOnly(2026, 3, 13), null, TestData.Actor()));
        Assert.Equal((DomainErrors.ReferralAfterResult, new DateOnly(2026, 3, 12)), (afterResult.Code, afterResult.Bound));
    }
}
