using LegalAid.Application.Common.Security;
using LegalAid.Application.Retention.ListRetentionDue;
using LegalAid.Application.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Retention;

public sealed class ListRetentionDueTests : ApplicationTest
{
    [Fact]
    public async Task AClientWithoutCases_CountsFromTheDayOfRegistrationAtTheirCentre_NotFromUtcMidnight()
    {
        var keptSince = App.Today.AddYears(-5);
        var evening = await RegisteredAtAsync(keptSince.AddDays(-1).ToDateTime(new TimeOnly(20, 0), DateTimeKind.Utc));
        var pastMidnightInMoscow = await RegisteredAtAsync(keptSince.AddDays(-1).ToDateTime(new TimeOnly(22, 0), DateTimeKind.Utc));
        App.ActAs(Roles.Administrator, null);

        var due = await App.SendAsync(new ListRetentionDue());

        Assert.Equal(keptSince, due.KeptSince);
        var listed = Assert.Single(due.Clients);
        Assert.Equal((evening, keptSince.AddDays(-1)), (listed.ClientId, listed.RegisteredOn));
        Assert.DoesNotContain(due.Clients, c => c.ClientId == pastMidnightInMoscow);
    }

    private async Task<int> RegisteredAtAsync(DateTime utc)
    {
        var clientId = await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true });
        await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().Where(c => c.Id == clientId).ExecuteUpdateAsync(c => c.SetProperty(x => x.RegisteredAtUtc, utc)));
        return clientId;
    }
}
