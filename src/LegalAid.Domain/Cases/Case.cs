using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;

namespace LegalAid.Domain.Cases;

/// <summary>A client's legal problem handled by a centre, from opening to outcome.</summary>
public sealed class Case : IVersioned
{
    public const int SummaryMaxLength = 4000;
    public const int NoteMaxLength = 1000;

    /// <summary>
    /// How many days a consultation, referral or deadline may precede the case's opening date: the intake on a Friday, the
    /// case opened on Monday. The one rule behind logging a consultation, referring the client, adding a deadline and
    /// moving the opening date.
    /// </summary>
    public const int IntakeDaysBeforeOpening = 7;

    private readonly List<CaseCategory> _otherCategories = [];
    private readonly List<CaseStatusChange> _history = [];
    private readonly List<Consultation> _consultations = [];
    private readonly List<Deadline> _deadlines = [];
    private readonly List<CaseDocument> _documents = [];
    private readonly List<Referral> _referrals = [];

    private Case()
    {
        Number = null!;
        AmountRecovered = null!;
    }

    public Case(CaseNumber number, int clientId, int centreId, int assignedLawyerId, DateOnly openedOn, CaseDetails details, Actor actor)
        : this()
    {
        Guard.Require(openedOn <= actor.Today, DomainErrors.InFuture, nameof(OpenedOn), "A case cannot be opened in the future.");
        Number = number.ToString();
        ClientId = clientId;
        CentreId = centreId;
        AssignedLawyerId = assignedLawyerId;
        OpenedOn = openedOn;
        Status = CaseStatus.Open;
        AmountRecovered = Money.Zero();
        Describe(details);
        _history.Add(new CaseStatusChange(CaseStatus.Open, openedOn, null, actor.StaffMemberId, actor.NowUtc, null));
    }

    public int Id { get; private set; }

    /// <summary>The case number as shown to people, e.g. MOW-2026-00042.</summary>
    public string Number { get; private set; }

    public int ClientId { get; private set; }

    public Client Client { get; private set; } = null!;

    public int CentreId { get; private set; }

    public Centre Centre { get; private set; } = null!;

    public int AssignedLawyerId { get; private set; }

    public StaffMember AssignedLawyer { get; private set; } = null!;

    public DateOnly OpenedOn { get; private set; }

    public CaseStatus Status { get; private set; }

    public int PrimaryCategoryId { get; private set; }

    public ProblemCategory PrimaryCategory { get; private set; } = null!;

    public string? Summary { get; private set; }

    public int? OpposingPartyId { get; private set; }

    public OpposingParty? OpposingParty { get; private set; }

    public Money? AmountClaimed { get; private set; }

    public Money AmountRecovered { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// The day the earliest of the case's pending deadlines (neither done nor voided) falls due; null when none is. Kept
    /// by the store whenever a save adds, changes or removes a deadline, so that a lawyer's open cases are ordered by it
    /// from an index instead of reading every deadline of every case.
    /// </summary>
    public DateOnly? NextDueOn { get; private set; }

    public IReadOnlyCollection<CaseCategory> OtherCategories => _otherCategories;

    public IReadOnlyCollection<CaseStatusChange> History => _history;

    public IReadOnlyCollection<Consultation> Consultations => _consultations;

    public IReadOnlyCollection<Deadline> Deadlines => _deadlines;

    public IReadOnlyCollection<CaseDocument> Documents => _documents;

    public IReadOnlyCollection<Referral> Referrals => _referrals;

    public void Describe(CaseDetails details)
    {
        PrimaryCategoryId = details.PrimaryCategoryId;
        var others = details.OtherCategoryIds.Where(id => id != details.PrimaryCategoryId).Distinct().ToList();
        _otherCategories.RemoveAll(c => !others.Contains(c.ProblemCategoryId));
        _otherCategories.AddRange(others.Where(id => _otherCategories.All(c => c.ProblemCategoryId != id)).Select(id => new CaseCategory(id)));
        Summary = Guard.OptionalText(details.Summary, nameof(Summary), SummaryMaxLength, multiline: true);
        OpposingParty = details.OpposingParty;
        OpposingPartyId = details.OpposingParty?.Id;
        AmountClaimed = details.AmountClaimed;
    }

    public void Reassign(int lawyerId) => AssignedLawyerId = lawyerId;

    /// <summary>
    /// Hands the open case, with its number, history and documents, to another centre and one of its lawyers (a
    /// transfer the receiving centre accepted). Its consultations keep the centre where they were held.
    /// </summary>
    internal void MoveTo(int centreId, int lawyerId)
    {
        Guard.Require(Status == CaseStatus.Open, DomainErrors.TransferOfClosedCase, "CaseIds", "Only open cases move to another centre.");
        CentreId = centreId;
        AssignedLawyerId = lawyerId;
    }

    /// <summary>Whether a consultation held on <paramref name="day"/> can belong to the case (see <see cref="IntakeDaysBeforeOpening"/>).</summary>
    public bool AcceptsConsultationOn(DateOnly day) => day >= EarliestIntakeDay(OpenedOn);

    /// <summary>Moves the opening date while every consultation, referral and deadline still fits it; they and the history must be loaded.</summary>
    public void ChangeOpeningDate(DateOnly openedOn, Actor actor)
    {
        if (openedOn == OpenedOn)
        {
            return;
        }

        Guard.Require(openedOn <= actor.Today, DomainErrors.InFuture, nameof(OpenedOn), "A case cannot be opened in the future.");
        var opening = Opening;
        Guard.RequireOnOrBefore(
            openedOn,
            _history.Where(h => h != opening).Min(h => (DateOnly?)h.EffectiveOn),
            DomainErrors.OpenedAfterStatusChange,
            nameof(OpenedOn),
            "A case cannot open after it was closed or reopened.");
        Guard.RequireOnOrBefore(
            openedOn,
            LatestOpeningFor(_consultations.Where(c => !c.IsVoided).Min(c => (DateOnly?)c.HeldOn)),
            DomainErrors.OpenedAfterConsultation,
            nameof(OpenedOn),
            $"A consultation was held more than {IntakeDaysBeforeOpening} days before that date.");
        Guard.RequireOnOrBefore(
            openedOn,
            LatestOpeningFor(_referrals.Where(r => !r.IsVoided).Min(r => (DateOnly?)r.ReferredOn)),
            DomainErrors.OpenedAfterReferral,
            nameof(OpenedOn),
            $"A referral is dated more than {IntakeDaysBeforeOpening} days before that date.");
        // A deadline kept from before the rule may lie further back; it stays as it is and holds no move back.
        Guard.RequireOnOrBefore(
            openedOn,
            LatestOpeningFor(_deadlines.Where(d => !d.IsVoided && d.DueOn >= EarliestIntakeDay(OpenedOn)).Min(d => (DateOnly?)d.DueOn)),
            DomainErrors.OpenedAfterDeadline,
            nameof(OpenedOn),
            $"A deadline is dated more than {IntakeDaysBeforeOpening} days before that date.");
        opening.Redate(openedOn);
        OpenedOn = openedOn;
    }

    /// <summary>
    /// Closes the case, on a day not before it was last opened or reopened nor before its last consultation. A court
    /// hearing still ahead (see <see cref="Deadline.IsUpcomingHearingOn"/>) is easily forgotten once the case is closed,
    /// so closing then needs <paramref name="hearingConfirmed"/>; so does an unusual amount recovered
    /// (<see cref="IsUnusualRecovery"/>) need <paramref name="amountConfirmed"/>. Its history, consultations and deadlines must be loaded.
    /// </summary>
    public void Close(CaseOutcome? outcome, DateOnly closedOn, Money amountRecovered, Actor actor, string? note = null, bool hearingConfirmed = false, bool amountConfirmed = false)
    {
        Guard.RequireState(Status == CaseStatus.Open, DomainErrors.CaseAlreadyClosed, "The case is already closed.");
        var lastOpenedOn = _history.Where(h => h.Status == CaseStatus.Open).Max(h => (DateOnly?)h.EffectiveOn) ?? OpenedOn;
        var reopened = lastOpenedOn > OpenedOn;
        new BrokenRules()
            .Require(
                hearingConfirmed || !_deadlines.Any(d => d.IsUpcomingHearingOn(actor.Today)),
                DomainErrors.UpcomingHearing,
                "ConfirmUpcomingHearing",
                "The case has a court hearing ahead; confirm closing it anyway.")
            .Require(outcome is { } chosen && Enum.IsDefined(chosen), DomainErrors.OutcomeRequired, nameof(Outcome), "A case closes only with an outcome.")
            .RequireOnOrAfter(
                closedOn,
                lastOpenedOn,
                reopened ? DomainErrors.ClosedBeforeReopened : DomainErrors.ClosedBeforeOpened,
                nameof(ClosedOn),
                reopened ? "A case cannot close before the day it was reopened." : "A case cannot close before it was opened.")
            .RequireOnOrAfter(
                closedOn,
                _consultations.Max(c => (DateOnly?)c.HeldOn),
                DomainErrors.ClosedBeforeConsultation,
                nameof(ClosedOn),
                "A case cannot close before its last consultation.")
            .Require(closedOn <= actor.Today, DomainErrors.InFuture, nameof(ClosedOn), "A case cannot be closed in the future.")
            .Require(
                amountConfirmed || !IsUnusualRecovery(amountRecovered, AmountClaimed),
                DomainErrors.UnusualAmountRecovered,
                "ConfirmAmountRecovered",
                "The amount recovered is over ten times the claim, or over a million roubles with no claim; confirm it.")
            .ThrowIfAny();

        Status = CaseStatus.Closed;
        Outcome = outcome;
        ClosedOn = closedOn;
        AmountRecovered = amountRecovered;
        _history.Add(new CaseStatusChange(CaseStatus.Closed, closedOn, outcome, actor.StaffMemberId, actor.NowUtc, Guard.OptionalText(note, "Note", NoteMaxLength, multiline: true)));
    }

    /// <summary>
    /// Over ten times the amount claimed or, with no claim, over a million roubles: more often a slip of the keyboard
    /// than a recovery, and one such slip outweighs a centre's whole year in the statistics.
    /// </summary>
    public static bool IsUnusualRecovery(Money recovered, Money? claimed) =>
        claimed is { Amount: > 0 } claim ? recovered.Amount > claim.Amount * 10 : recovered.Amount > 1_000_000;

    public void Reopen(DateOnly reopenedOn, Actor actor, string? note = null)
    {
        Guard.RequireState(Status == CaseStatus.Closed, DomainErrors.CaseNotClosed, "Only a closed case can be reopened.");
        Guard.RequireOnOrAfter(reopenedOn, ClosedOn, DomainErrors.ReopenedBeforeClosed, "ReopenedOn", "A case cannot be reopened before it was closed.");
        Guard.Require(reopenedOn <= actor.Today, DomainErrors.InFuture, "ReopenedOn", "A case cannot be reopened in the future.");

        Status = CaseStatus.Open;
        Outcome = null;
        ClosedOn = null;
        _history.Add(new CaseStatusChange(CaseStatus.Open, reopenedOn, null, actor.StaffMemberId, actor.NowUtc, Guard.OptionalText(note, "Note", NoteMaxLength, multiline: true)));
    }

    /// <summary>
    /// Logs a consultation. It is a contact with the client, so it keeps the call backs due by its day (marks them done on
    /// that day); a follow-up date promises the next one. The pending call backs must be loaded.
    /// </summary>
    public Consultation LogConsultation(ConsultationDetails details, Actor actor)
    {
        Guard.RequireState(Status == CaseStatus.Open, DomainErrors.ConsultationOnClosedCase, "Reopen the case before logging a consultation.");
        Guard.Require(details.HeldAt.Utc <= actor.NowUtc, DomainErrors.InFuture, "HeldAt", "A consultation cannot be dated in the future.");
        EnsureWithinCase(details.HeldAt.LocalDate, DomainErrors.ConsultationBeforeCaseOpened, "HeldAt", "A consultation");

        var consultation = new Consultation(details, CategoriesOrPrimary(details.CategoryIds), CentreId, ClientId, actor.NowUtc);
        _consultations.Add(consultation);
        foreach (var callBack in _deadlines.Where(d => d.IsKeptByContactOn(consultation.HeldOn)).ToList())
        {
            consultation.Keep(callBack);
        }

        if (details.FollowUpOn is { } followUpOn)
        {
            PromiseCallBack(consultation, followUpOn, actor);
        }

        return consultation;
    }

    /// <summary>
    /// Corrects one of the case's consultations and keeps its call back in step with the follow-up date: a new date
    /// adds one, a moved date moves it, a dropped date voids it for <paramref name="followUpDroppedReason"/>. The
    /// consultation with its categories and follow-ups must be loaded.
    /// </summary>
    public void CorrectConsultation(int consultationId, ConsultationCorrection correction, string followUpDroppedReason, Actor actor)
    {
        var consultation = ConsultationById(consultationId);
        consultation.Correct(correction with { CategoryIds = CategoriesOrPrimary(correction.CategoryIds) }, actor);
        switch (consultation.StandingFollowUp, correction.FollowUpOn)
        {
            case (null, { } dueOn):
                PromiseCallBack(consultation, dueOn, actor);
                break;
            case ({ } callBack, null):
                callBack.Void(followUpDroppedReason, actor);
                break;
            case ({ } callBack, { } dueOn) when callBack.DueOn != dueOn:
                callBack.Reschedule(dueOn, actor);
                break;
        }
    }

    /// <summary>
    /// Voids one of the case's consultations, and with it the call back promised there unless it was made (a call made
    /// stays as work done); the call backs it kept are pending again. The consultation with its follow-ups and kept call
    /// backs must be loaded.
    /// </summary>
    public void VoidConsultation(int consultationId, string? reason, Actor actor)
    {
        var consultation = ConsultationById(consultationId);
        consultation.Void(reason, actor);
        consultation.ReleaseKeptCallBacks();
        if (consultation.StandingFollowUp is { IsDone: false } callBack)
        {
            callBack.Void(reason, actor);
        }
    }

    /// <summary>
    /// A deadline is work still to do: a closed case takes none until it is reopened. It is dated within the case, as
    /// its consultations are: a day long before the case opened is a slip of the year that would show as overdue.
    /// </summary>
    public Deadline AddDeadline(DeadlineDetails details, Actor actor)
    {
        Guard.RequireState(Status == CaseStatus.Open, DomainErrors.DeadlineOnClosedCase, "Reopen the case before adding a deadline.");
        EnsureDeadlineFits(details.DueOn);
        var deadline = new Deadline(details, actor);
        _deadlines.Add(deadline);
        return deadline;
    }

    /// <summary>Corrects a deadline; the deadlines must be loaded. A day kept from before the rule may stay as it is.</summary>
    public void CorrectDeadline(int deadlineId, DeadlineDetails details, Actor actor)
    {
        var deadline = DeadlineById(deadlineId);
        if (details.DueOn != deadline.DueOn)
        {
            EnsureDeadlineFits(details.DueOn);
        }

        deadline.Correct(details, actor);
    }

    /// <summary>Marks a deadline met; the deadlines must be loaded.</summary>
    public void CompleteDeadline(int deadlineId, Actor actor)
    {
        var deadline = DeadlineById(deadlineId);
        Guard.RequireState(!deadline.IsDone, DomainErrors.DeadlineAlreadyDone, "The deadline is already marked done.");
        deadline.MarkDone(actor.Today);
    }

    public CaseDocument AttachDocument(string fileName, string contentType, long sizeBytes, string storageKey, string sha256, Actor actor)
    {
        var document = new CaseDocument(fileName, contentType, sizeBytes, storageKey, sha256, actor);
        _documents.Add(document);
        return document;
    }

    public Referral Refer(int partnerId, DateOnly referredOn, string? note, Actor actor)
    {
        EnsureReferralFits(referredOn);
        var referral = new Referral(partnerId, referredOn, note, actor);
        _referrals.Add(referral);
        return referral;
    }

    /// <summary>Corrects one of the case's referrals; the referral must be loaded. A date kept as it was is not held to the opening date.</summary>
    public void CorrectReferral(int referralId, int partnerId, DateOnly referredOn, string? note, Actor actor)
    {
        var referral = ReferralById(referralId);
        if (referredOn != referral.ReferredOn)
        {
            EnsureReferralFits(referredOn);
        }

        referral.Correct(partnerId, referredOn, note, actor);
    }

    /// <summary>Records how a referral ended; the referrals must be loaded.</summary>
    public void RecordReferralResult(int referralId, ReferralResult result, DateOnly resultOn, string? note, Actor actor) =>
        ReferralById(referralId).Record(result, resultOn, note, actor);

    /// <summary>A follow-up is due like any deadline, and done like one: the desk has one home for what is due.</summary>
    private void PromiseCallBack(Consultation consultation, DateOnly dueOn, Actor actor) =>
        _deadlines.Add(new Deadline(new DeadlineDetails(DeadlineType.CallBack, dueOn), actor, consultation));

    private Consultation ConsultationById(int consultationId) =>
        _consultations.SingleOrDefault(c => c.Id == consultationId)
            ?? throw new DomainException(DomainErrors.Required, "ConsultationId", "The case has no such consultation.");

    private Referral ReferralById(int referralId) =>
        _referrals.SingleOrDefault(r => r.Id == referralId)
            ?? throw new DomainException(DomainErrors.Required, "ReferralId", "The case has no such referral.");

    private Deadline DeadlineById(int deadlineId) =>
        _deadlines.SingleOrDefault(d => d.Id == deadlineId)
            ?? throw new DomainException(DomainErrors.Required, "DeadlineId", "The case has no such deadline.");

    private void EnsureDeadlineFits(DateOnly dueOn) => EnsureWithinCase(dueOn, DomainErrors.DeadlineBeforeCaseOpened, nameof(Deadline.DueOn), "A deadline");

    private void EnsureReferralFits(DateOnly referredOn) => EnsureWithinCase(referredOn, DomainErrors.ReferralBeforeCaseOpened, nameof(Referral.ReferredOn), "A referral");

    private void EnsureWithinCase(DateOnly day, string code, string field, string record) =>
        Guard.RequireOnOrAfter(day, EarliestIntakeDay(OpenedOn), code, field, $"{record} can be dated at most {IntakeDaysBeforeOpening} days before the case was opened.");

    private static DateOnly EarliestIntakeDay(DateOnly openedOn) => openedOn.AddDays(-IntakeDaysBeforeOpening);

    private static DateOnly? LatestOpeningFor(DateOnly? intakeDay) => intakeDay?.AddDays(IntakeDaysBeforeOpening);

    /// <summary>The first step of the history: the case opened.</summary>
    private CaseStatusChange Opening => _history.OrderBy(h => h.RecordedAtUtc).ThenBy(h => h.Id).First();

    /// <summary>A consultation about no category in particular is about the case's primary one.</summary>
    private IReadOnlyCollection<int> CategoriesOrPrimary(IReadOnlyCollection<int> categoryIds) => categoryIds.Count > 0 ? categoryIds : [PrimaryCategoryId];
}
