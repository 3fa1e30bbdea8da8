using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.Common;

/// <summary>The description of a case a lawyer gives when opening or editing it.</summary>
public abstract record CaseFields
{
    public int PrimaryCategoryId { get; init; }

    public IReadOnlyList<int>? OtherCategoryIds { get; init; }

    public string? Summary { get; init; }

    /// <summary>The employer, agency or authority the case is against; reused when the name matches an existing party, whose kind the form corrects.</summary>
    public string? OpposingPartyName { get; init; }

    public OpposingPartyKind? OpposingPartyKind { get; init; }

    /// <summary>The amount claimed, in roubles.</summary>
    public decimal? AmountClaimed { get; init; }

    internal async Task<CaseDetails> ToDetailsAsync(IApplicationDbContext db, CancellationToken cancellationToken) =>
        new(
            PrimaryCategoryId,
            OtherCategoryIds ?? [],
            Summary,
            await OpposingPartyAsync(db, cancellationToken),
            AmountClaimed is { } claimed ? Money.Of(claimed, field: nameof(AmountClaimed)) : null);

    private async Task<OpposingParty?> OpposingPartyAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(OpposingPartyName))
        {
            return null;
        }

        var key = OpposingParty.KeyFor(OpposingPartyName);
        if (await db.OpposingParties.FirstOrDefaultAsync(p => p.NameKey == key, cancellationToken) is not { } known)
        {
            return new OpposingParty(OpposingPartyName, OpposingPartyKind ?? Domain.Cases.OpposingPartyKind.Other);
        }

        if (OpposingPartyKind is { } kind)
        {
            known.Classify(kind);
        }

        return known;
    }
}
