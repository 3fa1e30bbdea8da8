using AutoMapper;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;

namespace LegalAid.Application.Audit.Common;

/// <summary>The filters the audit page and its export share.</summary>
public interface IAuditFilter
{
    string? User { get; }

    string? EntityType { get; }

    string? EntityId { get; }

    AuditAction? Action { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }
}

public sealed record AuditEntryItem(
    long Id,
    DateTime OccurredAtUtc,
    AuditAction Action,
    string EntityType,
    string? EntityId,
    string? UserName,
    int? CentreId,
    string? IpAddress,
    string? Changes,
    string? Details)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AuditEntry, AuditEntryItem>();
    }
}

internal static class AuditQueries
{
    public static IQueryable<AuditEntry> Matching(this IQueryable<AuditEntry> entries, IAuditFilter filter, ICurrentUser user)
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
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredAtUtc < end);
        }

        return entries.OrderByDescending(e => e.Id);
    }
}
