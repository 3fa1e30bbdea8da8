using System.Linq.Expressions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Transfers;
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
/// (a client without cases counts from the day of registration at their centre).
/// </summary>
internal static class RetentionRule
{
    /// <summary>The first day of the period data is still kept in: a case closed before it is past retention.</summary>
    public static DateOnly KeptSince(DateOnly today, int years) => today.AddYears(-years);

    public static IQueryable<Client> Due(IApplicationDbContext db, DateOnly today, int years, IEnumerable<Centre> centres)
    {
        var keptSince = KeptSince(today, years);
        Expression<Func<Client, bool>> notAnonymised = c => c.AnonymisedOn == null;
        Expression<Func<Client, bool>> consentWithdrawn = c => c.ConsentWithdrawnOn != null;
        Expression<Func<Client, bool>> nothingKept = c => !db.Cases.IgnoreQueryFilters().Any(k => k.ClientId == c.Id && (k.Status == CaseStatus.Open || k.ClosedOn >= keptSince));
        Expression<Func<Client, bool>> hadCases = c => db.Cases.IgnoreQueryFilters().Any(k => k.ClientId == c.Id);
        return db.Clients.IgnoreQueryFilters().Where(
            notAnonymised.And(consentWithdrawn.Or(nothingKept.And(hadCases.Or(RegisteredBefore(keptSince, centres))))));
    }

    /// <summary>
    /// Transfer requests that never named a client (declined or withdrawn unanswered) keep only what a lawyer typed about
    /// the person sought: it goes once the request was settled longer than the retention period ago.
    /// </summary>
    public static IQueryable<ClientTransfer> UnmatchedRequestsDue(IApplicationDbContext db, DateOnly today, int years)
    {
        var settledBefore = KeptSince(today, years).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return db.ClientTransfers.IgnoreQueryFilters().Where(t => t.ClientId == null && t.Sought != null
            && (t.Status == TransferStatus.Declined || t.Status == TransferStatus.Cancelled) && t.DecidedAtUtc < settledBefore);
    }

    /// <summary>
    /// Registered before the day began at the client's centre: midnight on each centre's own clock, as the pages give
    /// the day of registration (a few hours apart between Moscow and Chelyabinsk).
    /// </summary>
    private static Expression<Func<Client, bool>> RegisteredBefore(DateOnly day, IEnumerable<Centre> centres) =>
        centres.Select(centre =>
        {
            var centreId = centre.Id;
            var midnight = centre.MomentOf(day.ToDateTime(TimeOnly.MinValue)).Utc;
            return (Expression<Func<Client, bool>>)(c => c.CentreId == centreId && c.RegisteredAtUtc < midnight);
        }).Aggregate(Predicates.Or);

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
