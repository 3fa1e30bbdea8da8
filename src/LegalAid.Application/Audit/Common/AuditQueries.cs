using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Centres;

namespace LegalAid.Application.Audit.Common;

/// <summary>The filters the audit page and its export share; the dates are days at the reader's centre.</summary>
public interface IAuditFilter
{
    string? User { get; }

    /// <summary>One of <see cref="AuditEntityTypes.All"/>.</summary>
    string? EntityType { get; }

    string? EntityId { get; }

    AuditAction? Action { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }
}

internal static class AuditQueries
{
    /// <summary>The entries the filter selects, newest first; a coordinator's of their centre only.</summary>
    public static IQueryable<AuditEntry> Matching(this IQueryable<AuditEntry> entries, IAuditFilter filter, ICurrentUser user, Centre readersCentre)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            entries = entries.Where(e => e.CentreId == user.CentreId);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var name = filter.User.Trim();
            entries = entries.Where(e => e.UserName != null && e.UserName.Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == id);
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = readersCentre.MomentOf(from.ToDateTime(TimeOnly.MinValue)).Utc;
            entries = entries.Where(e => e.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = readersCentre.MomentOf(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).Utc;
            entries = entries.Where(e => e.OccurredAtUtc < end);
        }

        // By when each thing happened: a batch of views is written after changes that followed them (Audit:ViewBatchWindow).
        return entries.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id);
    }
}
