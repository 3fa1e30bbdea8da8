using LegalAid.Domain.Common;

namespace LegalAid.Domain.Clients;

/// <summary>The client's consent to data processing: when it was given and for what.</summary>
public sealed record Consent
{
    private Consent()
    {
    }

    public Consent(DateOnly givenOn, ConsentScope scope, DateOnly today)
    {
        Guard.Require(scope.HasFlag(ConsentScope.LegalAid), DomainErrors.ConsentRequired, "ConsentScope", "Consent to processing data for legal aid is required.");
        Guard.Require(givenOn <= today, DomainErrors.InFuture, "ConsentGivenOn", "Consent cannot be dated in the future.");
        GivenOn = givenOn;
        Scope = scope;
    }

    public DateOnly GivenOn { get; private init; }

    public ConsentScope Scope { get; private init; }
}
