using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Security;

/// <summary>A lawyer of another centre gets "not found" for a record, exactly as if it did not exist.</summary>
public sealed class CentreScopeTests : ApplicationTest
{
    [Fact]
    public async Task AnotherCentresClientAndCase_AreNotFound()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        App.ActAsLawyerOf(TestApp.Chelyabinsk);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(clientId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Requests.LogConsultation(caseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new UpdateClient { Id = clientId }
            with { FamilyName = "Х", GivenName = "Х", Sex = Domain.Clients.Sex.Male, Citizenship = "KG", PreferredLanguage = "ru", ConsentGivenOn = App.Today, ConsentScopes = [Domain.Clients.ConsentScope.LegalAid] }));
    }

    [Fact]
    public async Task TheSameRecords_AreVisibleToTheirOwnCentre()
    {
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        App.ActAsLawyerOf(TestApp.Moscow);

        Assert.Equal(clientId, (await App.SendAsync(new GetClient(clientId))).Id);
        Assert.Equal(caseId, (await App.SendAsync(new GetCase(caseId))).Id);
    }

    [Fact]
    public async Task TheCentreScope_IsAnIndexSearch_AndNoConditionAtAllForReadersOfEveryCentre()
    {
        var lawyersPlan = await App.InDatabaseAsync(db => QueryPlanAsync(db, db.Cases));
        App.ActAs(Roles.ProgrammeStaff, null);
        var programmeSql = await App.InDatabaseAsync(db => Task.FromResult(db.Cases.ToQueryString()));

        Assert.Matches(@"SEARCH c USING (COVERING )?INDEX IX_Cases_CentreId_\w+ \(CentreId=\?\)", lawyersPlan);
        Assert.DoesNotContain("WHERE", programmeSql);
    }

    /// <summary>What SQLite does for the query with the scope's value (ToQueryString declares it as ".param set" and notes split queries).</summary>
    private static async Task<string> QueryPlanAsync<T>(DbContext db, IQueryable<T> query)
    {
        var lines = query.Select(_ => 1).ToQueryString().Split('\n');
        var values = lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith('.') && !l.StartsWith("This LINQ query", StringComparison.Ordinal)));
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (value[2], int.Parse(value[3], System.Globalization.CultureInfo.InvariantCulture));
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }
}
