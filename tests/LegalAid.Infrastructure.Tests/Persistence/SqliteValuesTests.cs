using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LegalAid.Infrastructure.Tests.Persistence;

/// <summary>The bulk insert's binding stores every value exactly as Microsoft.Data.Sqlite stores it as a parameter.</summary>
public sealed class SqliteValuesTests
{
    public static IEnumerable<object?[]> Values() => new object?[]
    {
        null, "Жээнбекова Айгүлүм ң ө ү, Jeenbekova", string.Empty, true, false, (byte)7, (short)-3, 42, long.MaxValue, 1.5, -0.25,
        new byte[] { 0, 1, 254 }, Array.Empty<byte>(), new DateTime(2026, 3, 15, 9, 0, 0), new DateTime(2026, 11, 30, 14, 5, 9, 123).AddTicks(4567),
        new DateOnly(1988, 11, 23), new TimeOnly(9, 30), new TimeOnly(17, 45, 3, 250), 12.50m, 0m, -1234567.891m, DayOfWeek.Friday,
    }.Select(value => new[] { value });

    [Theory]
    [MemberData(nameof(Values))]
    public void AValueBoundThroughTheCApi_IsStoredAsTheAdoNetProviderStoresIt(object? value)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        Assert.Equal(ThroughAdoNet(connection, value), ThroughCApi(connection, value));
    }

    [Fact]
    public void NullablesAndEnums_CanBeBound_OtherTypesAreRefused()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        Assert.True(SqliteValues.CanBind(typeof(DateOnly?)));
        Assert.True(SqliteValues.CanBind(typeof(DayOfWeek)));
        Assert.False(SqliteValues.CanBind(typeof(Guid)));
        Assert.Throws<NotSupportedException>(() => ThroughCApi(connection, Guid.Empty));
    }

    private static string ThroughAdoNet(SqliteConnection connection, object? value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof($value) || ' ' || quote($value)";
        command.Parameters.AddWithValue("$value", value ?? DBNull.Value);
        return (string)command.ExecuteScalar()!;
    }

    private static string ThroughCApi(SqliteConnection connection, object? value)
    {
        var db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, "SELECT typeof(?1) || ' ' || quote(?1)", out var statement), db);
        using (statement)
        {
            SqliteValues.Bind(db, statement, 1, value);
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            return raw.sqlite3_column_text(statement, 0).utf8_to_string();
        }
    }
}
