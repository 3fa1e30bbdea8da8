namespace LegalAid.Application.Cases.Common;

/// <summary>Where a client was sent, when and why: what a lawyer gives when referring and when correcting a referral.</summary>
public abstract record ReferralFields
{
    public int PartnerId { get; init; }

    /// <summary>Today at the centre when not given when referring; required when correcting.</summary>
    public DateOnly? ReferredOn { get; init; }

    public string? Note { get; init; }
}
