using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Persistence;

internal static class QueryPlans
{
    /// <summary>What SQLite does for the query with the scope's value (ToQueryString declares it as ".param set" and notes split queries).</summary>
    public static async Task<string> OfAsync<T>(DbContext db, IQueryable<T> query)
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
