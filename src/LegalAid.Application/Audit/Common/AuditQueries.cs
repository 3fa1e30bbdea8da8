using System.Linq.Expressions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

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
    private const string LikeEscape = "\\";

    /// <summary>
    /// The entries the filter selects, newest first; a coordinator's of their centre only. <paramref name="subject"/>
    /// selects the entries about the filter's record (<see cref="AuditSubjects.SubjectAsync"/>).
    /// </summary>
    public static IQueryable<AuditEntry> Matching(
        this IQueryable<AuditEntry> entries, IAuditFilter filter, Expression<Func<AuditEntry, bool>>? subject, ICurrentUser user, Centre readersCentre)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            entries = entries.Where(e => e.CentreId == user.CentreId);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            // LIKE matches Latin letters whatever their case on both providers, as e-mail addresses are read;
            // Contains would be case-sensitive on SQLite (instr) and not on SQL Server. '[' opens a set on SQL Server only.
            var pattern = "%" + LikeEscaped(filter.User.Trim()) + "%";
            entries = entries.Where(e => e.UserName != null && EF.Functions.Like(e.UserName, pattern, LikeEscape));
        }

        if (subject is not null)
        {
            entries = entries.Where(subject);
        }
        else if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
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

    private static string LikeEscaped(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);
}
