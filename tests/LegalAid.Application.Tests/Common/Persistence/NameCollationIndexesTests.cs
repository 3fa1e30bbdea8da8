using System.Globalization;
using LegalAid.Infrastructure.Backup;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>An index built in another collation order (as after an upgrade of ICU) is rebuilt when the app starts.</summary>
public sealed class NameCollationIndexesTests : ApplicationTest
{
    [Fact]
    public async Task TheClientsListIndex_BuiltUnderAnotherVersionOfTheCollation_IsRebuiltAtStartUp()
    {
        foreach (var familyName in new[] { "Абдыраева", "Жумабеков", "Өмүрбеков", "Ямалова" })
        {
            await App.SendAsync(Requests.RegisterClient() with { FamilyName = familyName, LatinName = null, NotADuplicate = true });
        }

        using (var olderIcu = Open())
        {
            olderIcu.CreateCollation(NameCollations.Sqlite, (x, y) => SqliteNameCollation.Compare(y, x));
            Execute(olderIcu, "REINDEX RUSSIAN_CI; PRAGMA user_version = 12345;");
        }

        Assert.NotEmpty(SqliteFile.IntegrityProblems(App.DatabaseFile));

        await App.InScopeAsync(async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            return true;
        });

        Assert.Empty(SqliteFile.IntegrityProblems(App.DatabaseFile));
        using var file = Open();
        Assert.Equal(SqliteNameCollation.Version, Convert.ToInt32(Execute(file, "PRAGMA user_version"), CultureInfo.InvariantCulture));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={App.DatabaseFile};Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
