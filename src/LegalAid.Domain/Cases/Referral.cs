using LegalAid.Domain.Common;

namespace LegalAid.Domain.Cases;

/// <summary>The client was sent to a partner organisation; the result is recorded when it is known.</summary>
public sealed class Referral : CorrectableRecord
{
    public const int NoteMaxLength = 500;

    private Referral()
    {
    }

    internal Referral(int partnerId, DateOnly referredOn, string? note, Actor actor)
    {
        Describe(partnerId, referredOn, note, actor);
        Result = ReferralResult.Pending;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public int PartnerId { get; private set; }

    public Partners.PartnerOrganisation Partner { get; private set; } = null!;

    public DateOnly ReferredOn { get; private set; }

    public ReferralResult Result { get; private set; }

    public DateOnly? ResultOn { get; private set; }

    /// <summary>Why the client was sent there: kept apart from <see cref="ResultNote"/>, which a result does not overwrite.</summary>
    public string? Note { get; private set; }

    /// <summary>What the recorded result's note said; a result recorded again brings its own.</summary>
    public string? ResultNote { get; private set; }

    /// <summary>Puts right where the client was sent, when and why; the result is recorded apart.</summary>
    internal void Correct(int partnerId, DateOnly referredOn, string? note, Actor actor)
    {
        BeginCorrection(actor);
        Guard.RequireOnOrBefore(referredOn, ResultOn, DomainErrors.ReferralAfterResult, nameof(ReferredOn), "A referral cannot come after its result.");
        Describe(partnerId, referredOn, note, actor);
    }

    internal void Record(ReferralResult result, DateOnly resultOn, string? note, Actor actor)
    {
        EnsureNotVoided();
        Guard.Require(Enum.IsDefined(result), DomainErrors.Required, nameof(Result), "Choose a result.");
        Guard.RequireOnOrAfter(resultOn, ReferredOn, DomainErrors.ResultBeforeReferral, nameof(ResultOn), "A result cannot come before the referral.");
        Guard.Require(resultOn <= actor.Today, DomainErrors.InFuture, nameof(ResultOn), "A result cannot be dated in the future.");
        Result = result;
        ResultOn = result == ReferralResult.Pending ? null : resultOn;
        ResultNote = result == ReferralResult.Pending ? null : Guard.OptionalText(note, nameof(Note), NoteMaxLength);
    }

    private void Describe(int partnerId, DateOnly referredOn, string? note, Actor actor)
    {
        Guard.Require(referredOn <= actor.Today, DomainErrors.InFuture, nameof(ReferredOn), "A referral cannot be dated in the future.");
        PartnerId = partnerId;
        ReferredOn = referredOn;
        Note = Guard.OptionalText(note, nameof(Note), NoteMaxLength);
    }
}
