using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Retention.Common;

/// <summary>Why a client's personal data is due for anonymisation.</summary>
public enum RetentionReason
{
    /// <summary>No case open, and none closed (nor the client registered) within the retention period.</summary>
    RetentionPassed = 1,

    /// <summary>The client withdrew their consent: retention ends at once.</summary>
    ConsentWithdrawn = 2,
}

/// <summary>A client due for anonymisation, with nothing that names them; one whose consent was withdrawn may still have cases open.</summary>
public sealed record RetentionDueClient(int ClientId, int CentreId, string CentreCode, DateTime RegisteredAtUtc, DateOnly? LastCaseClosedOn, DateOnly? ConsentWithdrawnOn, int Cases, int OpenCases)
{
    public RetentionReason Reason => ConsentWithdrawnOn is null ? RetentionReason.RetentionPassed : RetentionReason.ConsentWithdrawn;

    /// <summary>The day of registration at the client's centre (set once the centres are read).</summary>
    public DateOnly RegisteredOn { get; init; }
}

/// <summary>
/// Which clients' personal data may no longer be kept, on a given day: not anonymised yet, and either their consent
/// withdrawn, or no case open and none closed within the last <see cref="RetentionOptions.YearsAfterLastCase"/> years
/// (a client without cases counts from registration).
/// </summary>
internal static class RetentionRule
{
    /// <summary>The first day of the period data is still kept in: a case closed before it is past retention.</summary>
    public static DateOnly KeptSince(DateOnly today, int years) => today.AddYears(-years);

    public static IQueryable<Client> Due(IApplicationDbContext db, DateOnly today, int years)
    {
        var keptSince = KeptSince(today, years);
        var registeredBefore = keptSince.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return db.Clients.IgnoreQueryFilters().Where(c => c.AnonymisedOn == null
            && (c.ConsentWithdrawnOn != null
                || (!db.Cases.IgnoreQueryFilters().Any(k => k.ClientId == c.Id && (k.Status == CaseStatus.Open || k.ClosedOn >= keptSince))
                    && (db.Cases.IgnoreQueryFilters().Any(k => k.ClientId == c.Id) || c.RegisteredAtUtc < registeredBefore))));
    }

    public static IQueryable<RetentionDueClient> Described(this IQueryable<Client> clients, IApplicationDbContext db) =>
        clients.OrderBy(c => c.Id).Select(c => new RetentionDueClient(
            c.Id,
            c.CentreId,
            c.Centre.Code,
            c.RegisteredAtUtc,
            db.Cases.IgnoreQueryFilters().Where(k => k.ClientId == c.Id).Max(k => k.ClosedOn),
            c.ConsentWithdrawnOn,
            db.Cases.IgnoreQueryFilters().Count(k => k.ClientId == c.Id),
            db.Cases.IgnoreQueryFilters().Count(k => k.ClientId == c.Id && k.Status == CaseStatus.Open)));
}
