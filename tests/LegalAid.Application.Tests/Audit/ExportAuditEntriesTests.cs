using System.Text;
using LegalAid.Application.Audit.ExportAuditEntries;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Audit;

public sealed class ExportAuditEntriesTests : ApplicationTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var clientId = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(UpdateClient.From(await App.SendAsync(new GetClient(clientId))) with { Phone = "+7 903 765-43-21" });
    }

    [Fact]
    public async Task TheExportsEntry_RecordsEveryFilterItWasGiven()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await App.SendAsync(new ExportAuditEntries("lawyer", "Client", "1", AuditAction.Updated, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15)));

        var export = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported));
        Assert.Equal(
            """{"User":"lawyer","EntityType":"Client","EntityId":"1","Action":"Updated","From":"2026-03-01","To":"2026-03-15"}""",
            export.Details);
    }

    [Fact]
    public async Task AnAdministratorsFile_HoldsNoPersonalValue_ACoordinatorsHoldsTheirClients()
    {
        App.ActAs(Roles.Administrator, null);
        var administrators = Text(await App.SendAsync(new ExportAuditEntries(EntityType: "Client")));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var coordinators = Text(await App.SendAsync(new ExportAuditEntries(EntityType: "Client")));

        Assert.All(new[] { "Үсөнбаев", "Usonbaev", "Нурлан", "+79161234567", "+79037654321", "1990-05-17" }, value => Assert.DoesNotContain(value, administrators, StringComparison.Ordinal));
        Assert.Contains("Phone: +79161234567 → +79037654321", coordinators, StringComparison.Ordinal);
        Assert.Contains("Hidden", administrators, StringComparison.Ordinal);
        Assert.StartsWith("Id,OccurredAt,TimesAt,UserName,Action,EntityType", administrators.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    private static string Text(Application.Common.Models.ExportedFile file) => Encoding.UTF8.GetString(file.Content);
}
