using System.Linq.Expressions;
using LegalAid.Domain.Common;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>Whether a record names its client directly or belongs to one of the client's cases.</summary>
internal enum OwnedThrough
{
    Client,
    Case,
}

/// <summary>What anonymisation and erasure remove, for a set of clients and their cases, in the caller's transaction.</summary>
internal sealed record PersonalDataRemoval(LegalAidDbContext Db, IdList ClientIds, IdList CaseIds, DateOnly Today, PersonalDataCleanup Cleanup);

/// <summary>Ids sent to the database as one parameter (a member of a constant, which EF Core parameterises).</summary>
internal sealed class IdList(IEnumerable<int> values)
{
    public List<int> Values { get; } = [.. values];
}

/// <summary>
/// One table that holds something of a client's: which of its fields are the client's personal data (the audit trail
/// seals their values, anonymisation removes them) and how a row leads to its client.
/// </summary>
internal abstract class PersonalDataHolder(Type entityType, string ownerProperty, OwnedThrough ownedThrough, IEnumerable<string> fields)
{
    public Type EntityType { get; } = entityType;

    /// <summary>The property that holds the client's id, or the case's when <see cref="OwnedThrough"/> is a case.</summary>
    public string OwnerProperty { get; } = ownerProperty;

    public OwnedThrough OwnedThrough { get; } = ownedThrough;

    public IReadOnlySet<string> Fields { get; } = fields.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The <see cref="Fields"/> that describe the person (a name, a birth date, a contact): the trail seals them even
    /// when empty, since having none says something about someone; an empty note or reason says nothing.
    /// </summary>
    public virtual IReadOnlySet<string> AboutThePerson { get; } = new HashSet<string>();

    /// <summary>Removes what this table holds of the clients; the number of rows changed or deleted.</summary>
    public abstract Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken);

    /// <summary>The owner (client or case, see <see cref="OwnedThrough"/>) of each of these rows that still exists, by the row's id.</summary>
    public abstract Task<Dictionary<int, int>> OwnersAsync(LegalAidDbContext db, IdList rowIds, CancellationToken cancellationToken);

    protected static string NameOf(LambdaExpression member) => member.Body is MemberExpression access
        ? access.Member.Name
        : throw new ArgumentException("A field is named by a property access, e.g. c => c.Summary.", nameof(member));
}

/// <summary>A table of entities <typeparamref name="T"/>, each row owned through <paramref name="owner"/>.</summary>
internal abstract class PersonalDataHolder<T>(Expression<Func<T, int>> owner, OwnedThrough ownedThrough, IEnumerable<string> fields)
    : PersonalDataHolder(typeof(T), NameOf(owner), ownedThrough, fields)
    where T : class
{
    public override Task<Dictionary<int, int>> OwnersAsync(LegalAidDbContext db, IdList rowIds, CancellationToken cancellationToken) =>
        db.Set<T>().IgnoreQueryFilters().Where(Contains(rowIds, e => EF.Property<int>(e, "Id")))
            .Select(e => new { Id = EF.Property<int>(e, "Id"), Owner = EF.Property<int>(e, OwnerProperty) })
            .ToDictionaryAsync(e => e.Id, e => e.Owner, cancellationToken);

    /// <summary>The rows of the removal's clients (or of their cases), whatever centre they belong to.</summary>
    protected IQueryable<T> Rows(PersonalDataRemoval removal) =>
        removal.Db.Set<T>().IgnoreQueryFilters().Where(Contains(OwnedThrough == OwnedThrough.Client ? removal.ClientIds : removal.CaseIds, owner));

    private static Expression<Func<T, bool>> Contains(IdList ids, Expression<Func<T, int>> key) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Property(Expression.Constant(ids), nameof(IdList.Values)), key.Body),
            key.Parameters);
}

/// <summary>A table whose rows stay (statistics count them) while their free texts are cleared.</summary>
internal sealed class ClearedTexts<T>(Expression<Func<T, int>> owner, OwnedThrough ownedThrough, params Expression<Func<T, string?>>[] texts)
    : PersonalDataHolder<T>(owner, ownedThrough, texts.Select(NameOf))
    where T : class
{
    public override Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken) =>
        Rows(removal).ExecuteUpdateAsync(
            setters =>
            {
                foreach (var text in texts)
                {
                    setters.SetProperty(text, (string?)null);
                }

                // An edit form opened before the anonymisation must not write the texts back.
                if (typeof(IVersioned).IsAssignableFrom(typeof(T)))
                {
                    setters.SetProperty(e => EF.Property<int>(e, nameof(IVersioned.Version)), e => EF.Property<int>(e, nameof(IVersioned.Version)) + 1);
                }
            },
            cancellationToken);
}

/// <summary>A table whose rows are the client's personal data through and through: they are deleted.</summary>
internal class DeletedRows<T>(Expression<Func<T, int>> owner, OwnedThrough ownedThrough, params Expression<Func<T, string?>>[] fields)
    : PersonalDataHolder<T>(owner, ownedThrough, fields.Select(NameOf))
    where T : class
{
    public override Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken) =>
        Rows(removal).ExecuteDeleteAsync(cancellationToken);
}
