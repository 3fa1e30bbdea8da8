using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Taxonomy;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Audit.Common;

/// <summary>
/// What a reader knows the records an audit page points to by, where the trail keeps an id: a staff member's, a
/// centre's, a problem category's and a partner's name, a case's number, an account's e-mail, a role's name, an
/// exported table's title, and the same in a list's kept filters and in details kept as pairs. An id whose record is gone
/// stays as it is.
/// </summary>
public sealed class AuditRecordNames(IApplicationDbContext db, IUserAdministration accounts)
{
    internal const string StaffMember = nameof(StaffMember);
    internal const string Centre = nameof(Centre);
    internal const string Category = nameof(ProblemCategory);
    internal const string Partner = nameof(PartnerOrganisation);
    private const string Case = nameof(Case);
    private const string Account = nameof(Account);
    private const string Statistics = nameof(Statistics);

    /// <summary>The trail's records about an account, keyed by its user id (then a role's, a login's or a secret's key).</summary>
    private static readonly string[] AccountRecords = [Account, "AccountRole", "AccountSecret", "AccountClaim", "AccountLogin"];

    /// <summary>What each part of a record's key names, for the records named here («741/3»: a case's category; null: not named).</summary>
    private static readonly Dictionary<string, string?[]> KeyKinds = new()
    {
        [StaffMember] = [StaffMember],
        [Centre] = [Centre],
        [Case] = [Case],
        [Category] = [Category],
        [Partner] = [Partner],
        [nameof(CaseCategory)] = [Case, Category],
        ["ConsultationCategory"] = [null, Category],
        [nameof(TransferredCase)] = [null, Case],
    };

    public async Task<IReadOnlyList<AuditEntryItem>> NameAsync(IReadOnlyList<AuditEntryItem> items, CancellationToken cancellationToken)
    {
        var filters = items.Select(item => KeptFilterIds.Of(item.Details)).ToList();
        var pairs = items.Select(item => KeptPairIds.Of(item.Action, item.Details)).ToList();
        List<int> IdsOf(string kind) => Ids(items, kind, filters.SelectMany(f => f.IdsOf(kind)).Concat(pairs.SelectMany(p => p.IdsOf(kind))));
        var names = new Dictionary<string, Dictionary<string, string>>
        {
            [StaffMember] = await NamesAsync(IdsOf(StaffMember), ids => db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken)),
            [Centre] = await NamesAsync(IdsOf(Centre), ids => db.Centres.AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => LocalisedName.Of(c).ToString(), cancellationToken)),
            [Category] = await NamesAsync(IdsOf(Category), ids => db.ProblemCategories.AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => LocalisedName.Of(c.NameRu, c.NameKy, c.NameEn).ToString(), cancellationToken)),
            [Partner] = await NamesAsync(IdsOf(Partner), ids => db.PartnerOrganisations.AsNoTracking().Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => LocalisedName.Of(p.Name, p.NameKy, p.NameEn).ToString(), cancellationToken)),
            [Case] = await NamesAsync(IdsOf(Case), ids => db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken)),
        };
        var aboutAccounts = items.Any(item => AccountRecords.Contains(item.EntityType) || item.Changes.Any(HoldsAccount));
        var emails = aboutAccounts ? (await accounts.ListAsync(cancellationToken)).ToDictionary(a => a.UserId, a => a.Email) : [];
        var roles = aboutAccounts ? await accounts.RoleNamesAsync(cancellationToken) : new Dictionary<string, string>();
        return [.. items.Select((item, index) => item with
        {
            EntityName = item.EntityId is not { } id ? null
                : item.EntityType == Statistics && StatisticsWorkbook.Keys.Contains(id) ? StatisticsWorkbook.TitleOf(id)
                : AccountRecords.Contains(item.EntityType) ? emails.GetValueOrDefault(id.Split('/')[0])
                : KeyName(item.EntityType, id, names),
            Changes = [.. item.Changes.Select(change => Named(change,
                KindHeld(change) is { } kind ? names[kind]
                : HoldsAccount(change) || (item.EntityType == Account && change.Field == "Id") ? emails
                : change.Field == "RoleId" ? roles
                : null))],
            Details = pairs[index].Named(filters[index].Named(item.Details, kind => names[kind]), kind => names[kind]),
        })];
    }

    /// <summary>
    /// The kind of record a field holds the id of: a case's lawyer or who decided a transfer, where a client is, a
    /// case's categories, where a client was referred, the case a record is kept under.
    /// </summary>
    private static string? KindHeld(AuditChangeItem change) => change.IsPersonal ? null : change.Field switch
    {
        var field when field.EndsWith("StaffMemberId", StringComparison.Ordinal) || field.EndsWith("LawyerId", StringComparison.Ordinal) => StaffMember,
        var field when field.EndsWith("CentreId", StringComparison.Ordinal) => Centre,
        var field when field.EndsWith("CategoryId", StringComparison.Ordinal) => Category,
        "PartnerId" => Partner,
        "CaseId" => Case,
        _ => null,
    };

    /// <summary>A field that holds an account's user id (whose API token, role or calendar feed it is).</summary>
    private static bool HoldsAccount(AuditChangeItem change) => !change.IsPersonal && change.Field == "UserId";

    /// <summary>The ids of records of <paramref name="kind"/> that the entries are about, their fields hold or their kept <paramref name="filters"/> name.</summary>
    private static List<int> Ids(IEnumerable<AuditEntryItem> items, string kind, IEnumerable<int> keptInDetails) =>
        items.SelectMany(item => item.Changes.Where(change => KindHeld(change) == kind).SelectMany(change => new[] { change.Before, change.After }).Concat(KeyParts(item, kind)))
            .Select(value => int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>()
            .Concat(keptInDetails).Distinct().ToList();

    /// <summary>The parts of the entry's key that name a record of <paramref name="kind"/>.</summary>
    private static IEnumerable<string> KeyParts(AuditEntryItem item, string kind) =>
        item.EntityId is { } id && KeyKinds.TryGetValue(item.EntityType, out var kinds) && id.Split('/') is var parts && parts.Length == kinds.Length
            ? parts.Where((_, index) => kinds[index] == kind)
            : [];

    /// <summary>A record by what its key names («MOW-2026-00173 · Миграционный учёт»), the parts with no name as kept; null when none has one.</summary>
    private static string? KeyName(string entityType, string id, Dictionary<string, Dictionary<string, string>> names)
    {
        var parts = id.Split('/');
        if (!KeyKinds.TryGetValue(entityType, out var kinds) || parts.Length != kinds.Length)
        {
            return null;
        }

        var named = parts.Select((part, index) => kinds[index] is { } kind ? names[kind].GetValueOrDefault(part) : null).ToList();
        return named.All(name => name is null) ? null : string.Join(" · ", named.Select((name, index) => name ?? parts[index]));
    }

    /// <summary>The names of the records, by their ids as the trail writes them.</summary>
    private static async Task<Dictionary<string, string>> NamesAsync(List<int> ids, Func<List<int>, Task<Dictionary<int, string>>> read) =>
        ids.Count == 0 ? [] : (await read(ids)).ToDictionary(pair => pair.Key.ToString(CultureInfo.InvariantCulture), pair => pair.Value);

    private static AuditChangeItem Named(AuditChangeItem change, IReadOnlyDictionary<string, string>? names) =>
        names is null ? change : change with { Before = NameOr(change.Before, names), After = NameOr(change.After, names) };

    private static string? NameOr(string? id, IReadOnlyDictionary<string, string> names) =>
        id is not null && names.TryGetValue(id, out var name) ? name : id;
}
