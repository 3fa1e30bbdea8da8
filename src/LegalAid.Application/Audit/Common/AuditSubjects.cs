using System.Globalization;
using System.Linq.Expressions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Audit.Common;

/// <summary>
/// Which entries an audit filter's record selects: the record as the reader knows it (an account's e-mail, a case's
/// number) turned into the trail's key, and a case with the records kept under it.
/// </summary>
public sealed class AuditSubjects(IApplicationDbContext db, IUserAdministration accounts)
{
    private const string Case = nameof(Case);
    private const string Account = nameof(Account);

    /// <summary>
    /// The entries about the record the reader named (<see cref="KeyOfAsync"/>), of <paramref name="entityType"/> when
    /// one is chosen, or of the kind the name implies (an e-mail: an account; a case's number: a case); a case's with
    /// those about the records kept under it, so that its story reads whole. Null when no record was named.
    /// </summary>
    public async Task<Expression<Func<AuditEntry, bool>>?> SubjectAsync(string? entityType, string? entityId, CancellationToken cancellationToken)
    {
        var type = string.IsNullOrEmpty(entityType) ? ImpliedType(entityId?.Trim()) : entityType;
        if (await KeyOfAsync(type, entityId, cancellationToken) is not { } key)
        {
            return null;
        }

        Expression<Func<AuditEntry, bool>> record = type is null
            ? e => e.EntityId == key
            : e => e.EntityType == type && e.EntityId == key;
        if (type != Case || !int.TryParse(key, CultureInfo.InvariantCulture, out var caseId))
        {
            return record;
        }

        var aboutTheCase = await AboutCaseAsync(caseId, record, cancellationToken);
        return e => aboutTheCase.Contains(e.Id);
    }

    /// <summary>
    /// The id the trail keys a record by, for a record the reader named as they know it: an account by its e-mail, a
    /// case by its number («MOW-2026-00173», at whichever centre it is now: the reader's entries about it stay theirs);
    /// anything else as typed, and null when nothing was.
    /// </summary>
    private async Task<string?> KeyOfAsync(string? entityType, string? entityId, CancellationToken cancellationToken)
    {
        var typed = entityId?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        if (entityType == Account && typed.Contains('@', StringComparison.Ordinal))
        {
            return (await accounts.ListAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a.Email, typed, StringComparison.OrdinalIgnoreCase))?.UserId ?? typed;
        }

        if (entityType == Case && !int.TryParse(typed, CultureInfo.InvariantCulture, out _))
        {
            var number = typed.ToUpperInvariant();
            return (await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Number == number).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken))?.ToString(CultureInfo.InvariantCulture) ?? typed;
        }

        return typed;
    }

    /// <summary>
    /// The ids of the entries about a case and about its consultations (and their categories), deadlines, documents,
    /// referrals, status changes, categories and transfers; of the records found now, so not of a document deleted since
    /// (an erased client's) nor of a category taken off a consultation. Each part is read through the (EntityType,
    /// EntityId) index and the parts joined: one condition OR-ing them made SQLite read every entry of the reader's
    /// centre instead (425 ms against 1 ms at a million entries, benchmarks/README.md).
    /// </summary>
    private async Task<IQueryable<long>> AboutCaseAsync(int caseId, Expression<Func<AuditEntry, bool>> theCase, CancellationToken cancellationToken)
    {
        var held = await db.Consultations.IgnoreQueryFilters().Where(c => c.CaseId == caseId)
            .Select(c => new { c.Id, Categories = c.Categories.Select(category => category.ProblemCategoryId).ToList() }).ToListAsync(cancellationToken);
        var consultations = held.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var consultationCategories = held.SelectMany(c => c.Categories.Select(category => string.Create(CultureInfo.InvariantCulture, $"{c.Id}/{category}"))).ToList();
        var deadlines = await KeysAsync(db.Deadlines.IgnoreQueryFilters().Where(d => d.CaseId == caseId).Select(d => d.Id), cancellationToken);
        var documents = await KeysAsync(db.CaseDocuments.IgnoreQueryFilters().Where(d => d.CaseId == caseId).Select(d => d.Id), cancellationToken);
        var referrals = await KeysAsync(db.Referrals.IgnoreQueryFilters().Where(r => r.CaseId == caseId).Select(r => r.Id), cancellationToken);
        var history = await KeysAsync(db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).SelectMany(c => c.History).Select(h => h.Id), cancellationToken);
        var id = caseId.ToString(CultureInfo.InvariantCulture);
        Expression<Func<AuditEntry, bool>>[] parts =
        [
            theCase,
            e => e.EntityType == nameof(Consultation) && EF.Parameter(consultations).Contains(e.EntityId!),
            e => e.EntityType == nameof(Deadline) && EF.Parameter(deadlines).Contains(e.EntityId!),
            e => e.EntityType == nameof(CaseDocument) && EF.Parameter(documents).Contains(e.EntityId!),
            e => e.EntityType == nameof(Referral) && EF.Parameter(referrals).Contains(e.EntityId!),
            e => e.EntityType == nameof(CaseStatusChange) && EF.Parameter(history).Contains(e.EntityId!),
            e => e.EntityType == nameof(ConsultationCategory) && EF.Parameter(consultationCategories).Contains(e.EntityId!),
            CategoriesOf(id),
            e => e.EntityType == nameof(TransferredCase) && e.EntityId!.EndsWith("/" + id),
        ];
        return parts.Select(part => db.AuditEntries.Where(part).Select(e => e.Id)).Aggregate(Queryable.Concat);
    }

    /// <summary>
    /// A case's categories, keyed "case/category": a range of the index ('0' follows '/'), which a prefix LIKE is not
    /// where it ignores case. string.Compare is what EF Core translates to a comparison in SQL; it never runs in .NET.
    /// </summary>
#pragma warning disable CA1309, CA1310
    private static Expression<Func<AuditEntry, bool>> CategoriesOf(string caseId)
    {
        var (from, to) = (caseId + "/", caseId + "0");
        return e => e.EntityType == nameof(CaseCategory) && string.Compare(e.EntityId, from) >= 0 && string.Compare(e.EntityId, to) < 0;
    }
#pragma warning restore CA1309, CA1310

    private static async Task<List<string>> KeysAsync(IQueryable<int> ids, CancellationToken cancellationToken) =>
        [.. (await ids.ToListAsync(cancellationToken)).Select(id => id.ToString(CultureInfo.InvariantCulture))];

    private static string? ImpliedType(string? typed) =>
        typed is null ? null
        : typed.Contains('@', StringComparison.Ordinal) ? Account
        : CaseNumber.IsShaped(typed) ? Case
        : null;
}
