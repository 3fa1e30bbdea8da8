using System.Globalization;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Retention.ListRetentionDue;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.RequestTransfer;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Transfers;

public sealed class UnmatchedRequestRetentionTests : TransferTest
{
    /// <summary>Past the default retention of five years after the request was declined.</summary>
    private static readonly TimeSpan FiveYearsAndAWeek = TimeSpan.FromDays((5 * 365) + 9);

    [Fact]
    public async Task ARequestDeclinedUnansweredPastRetention_LosesWhoWasSoughtAndItsNotes_PendingAndRecentOnesKeepThem()
    {
        var old = await RequestAsync("Юлдашев", "Азиз");
        await DeclineAsync(old);
        var pending = await RequestAsync("Каримов", "Бахтиёр");
        App.Clock.Advance(FiveYearsAndAWeek);
        var recent = await RequestAsync("Рахимова", "Нилуфар");
        await DeclineAsync(recent);
        App.ActAs(Roles.Administrator, null);

        var before = await App.SendAsync(new ListRetentionDue());
        await App.SendAsync(new AnonymiseClients());
        var after = await App.SendAsync(new ListRetentionDue());

        Assert.Equal((1, 0), (before.RequestsDue, after.RequestsDue));
        var kept = await App.InDatabaseAsync(db => db.ClientTransfers.IgnoreQueryFilters().OrderBy(t => t.Id).ToListAsync());
        Assert.Equal([(old, null, null, null), (pending, "Каримов", "Клиент пришёл в казанский центр.", null), (recent, "Рахимова", "Клиент пришёл в казанский центр.", "Такого клиента у нас нет.")],
            kept.Select(t => (t.Id, t.Sought?.FamilyName, t.RequestNote, t.DecisionNote)));
        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Anonymised && e.EntityType == nameof(ClientTransfer)));
        Assert.Equal((old.ToString(CultureInfo.InvariantCulture), (int?)TestApp.Kazan), (entry.EntityId, entry.CentreId));
        Assert.StartsWith("reason=RetentionPassed; years=5; decidedOn=", entry.Details, StringComparison.Ordinal);
    }

    private async Task<int> RequestAsync(string familyName, string givenName)
    {
        App.ActAsLawyerOf(Kazan);
        return await App.SendAsync(new RequestTransfer { CentreCode = "MOW", FamilyName = familyName, GivenName = givenName, Note = "Клиент пришёл в казанский центр." });
    }

    private async Task DeclineAsync(int transferId)
    {
        ActAsCoordinatorOf(Moscow);
        await App.SendAsync(new DeclineTransfer { Id = transferId, Version = 0, Reason = "Такого клиента у нас нет." });
    }
}
