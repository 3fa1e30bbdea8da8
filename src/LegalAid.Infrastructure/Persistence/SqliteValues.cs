using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Binds a provider value to a prepared statement straight through SQLite's C API, stored exactly as Microsoft.Data.Sqlite
/// stores the same value passed as a parameter (integers for booleans and enums, its text formats for dates and decimals),
/// for the types the model's columns use. <see cref="BulkInsert"/> runs one statement per row: Microsoft.Data.Sqlite
/// spends more on each execution (a reader, every parameter found by name) than SQLite spends inserting the row.
/// </summary>
internal static class SqliteValues
{
    private static readonly HashSet<Type> Bindable =
    [
        typeof(string), typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long), typeof(double),
        typeof(byte[]), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(decimal),
    ];

    /// <summary>Whether values of a provider type (nullable or an enum over one of these included) can be bound.</summary>
    public static bool CanBind(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return Bindable.Contains(underlying.IsEnum ? Enum.GetUnderlyingType(underlying) : underlying);
    }

    /// <summary>Binds the value to the parameter at a 1-based index.</summary>
    public static void Bind(sqlite3 db, sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => BindText(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            DateTime moment => BindText(statement, index, moment, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF"),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            DateOnly day => BindText(statement, index, day, @"yyyy\-MM\-dd"),
            TimeOnly time => BindText(statement, index, time, time.Ticks % TimeSpan.TicksPerSecond == 0 ? @"HH\:mm\:ss" : @"HH\:mm\:ss\.fffffff"),
            decimal amount => BindText(statement, index, amount, "0.0###########################"),
            byte number => raw.sqlite3_bind_int64(statement, index, number),
            short number => raw.sqlite3_bind_int64(statement, index, number),
            double number when double.IsNaN(number) => throw new InvalidOperationException("SQLite cannot store NaN."),
            double number => raw.sqlite3_bind_double(statement, index, number),
            Enum member => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(member, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"Values of type {value.GetType().Name} are not bound here."),
        };
        SqliteException.ThrowExceptionForRC(rc, db);
    }

    private static int BindText(sqlite3_stmt statement, int index, string text) => raw.sqlite3_bind_text16(statement, index, text.AsSpan());

    /// <summary>Formats the value in the invariant culture into a stack buffer and binds the text.</summary>
    private static int BindText<T>(sqlite3_stmt statement, int index, T value, string format)
        where T : ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        return value.TryFormat(text, out var length, format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text16(statement, index, text[..length])
            : BindText(statement, index, value.ToString(format, CultureInfo.InvariantCulture));
    }
}
