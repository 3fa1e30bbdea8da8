using System.Collections;
using System.Data.Common;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// Answers a command as SQL Server would in shape: a result set for each statement that returns rows, one row for
/// every query (so "load it or 404" goes on to the next query, an EXISTS is true and a COUNT is 1), and for an
/// INSERT, MERGE, UPDATE or DELETE with OUTPUT the rows EF Core expects back, with fresh ids and their positions.
/// A query filtered by an empty list (EF Core sends a list as one JSON parameter, here <c>[]</c>) has no rows, and so
/// has one of the clients' audit keys, which no invented value could stand for (each is encrypted under the app's master
/// key): the client is one whose key is created now. Each value is a plausible one of the type EF Core asks for.
/// </summary>
internal sealed class PlausibleReader : DbDataReader
{
    private static int nextId = 1000;

    private readonly List<ResultSet> results;
    private int result;
    private int row = -1;

    public PlausibleReader(TSqlScript script, IReadOnlySet<string> emptyLists) => results = ResultSets(script, emptyLists);

    private ResultSet Current => results[result];

    public override int FieldCount => results.Count == 0 ? 0 : Current.Columns.Count;

    public override int RecordsAffected => 1;

    public override bool HasRows => results.Count > 0 && Current.Rows > 0;

    public override bool IsClosed => false;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read() => results.Count > 0 && ++row < Current.Rows;

    public override bool NextResult()
    {
        row = -1;
        return ++result < results.Count;
    }

    public override T GetFieldValue<T>(int ordinal) => (T)Plausible(typeof(T), ordinal);

    public override object GetValue(int ordinal) => Plausible(typeof(int), ordinal);

    public override bool IsDBNull(int ordinal) => false;

    public override string GetName(int ordinal) => Current.Columns[ordinal];

    public override int GetOrdinal(string name) => Current.Columns.IndexOf(name);

    public override Type GetFieldType(int ordinal) => typeof(object);

    public override string GetDataTypeName(int ordinal) => "sql_variant";

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetFieldValue<char>(ordinal);

    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

    public override int GetValues(object[] values) => 0;

    public override IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();

    private object Plausible(Type type, int ordinal)
    {
        var column = Current.Columns.ElementAtOrDefault(ordinal);
        if (column == "_Position")
        {
            return Convert.ChangeType(row, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Current.Constants.ElementAtOrDefault(ordinal) is { } constant)
        {
            return type == typeof(bool) ? constant != 0 : Convert.ChangeType(constant, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        var number = Current.FreshIds ? Interlocked.Increment(ref nextId) : 1;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => true,
            TypeCode.Byte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.Decimal or TypeCode.Double or TypeCode.Single =>
                Convert.ChangeType(number, type, System.Globalization.CultureInfo.InvariantCulture),
            TypeCode.String => PlausibleText(column),
            TypeCode.Char => 'M',
            TypeCode.DateTime => new DateTime(2026, 3, 15, 9, 0, 0, DateTimeKind.Unspecified),
            _ when type == typeof(DateOnly) => new DateOnly(2026, 3, 15),
            _ when type == typeof(TimeOnly) => new TimeOnly(9, 0),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero),
            _ when type == typeof(TimeSpan) => TimeSpan.FromHours(1),
            _ when type == typeof(Guid) => new Guid("6f1c2a4e-0000-4000-8000-000000000001"),
            _ when type == typeof(byte[]) => "%PDF-1.7\n%%EOF"u8.ToArray(),
            _ => throw new NotSupportedException($"The offline reader has no plausible {type} for column {ordinal} ({column})."),
        };
    }

    /// <summary>Text that the column's readers accept: a time zone, a centre code, a language, an address; elsewhere one that is hexadecimal, Base32 and Base64 at once (keys, hashes, authenticator secrets).</summary>
    private static string PlausibleText(string? column) => column switch
    {
        "TimeZoneId" => "Europe/Moscow",
        "Code" or "CentreCode" => "MOW",
        "Language" or "PreferredLanguage" => "ru",
        "Citizenship" => "KG",
        "Email" or "NormalizedEmail" or "UserName" or "NormalizedUserName" => "lawyer.mow@offline.test",
        "Centres" or "SealedFor" => "1",
        "Changes" => "{}",
        _ => "ABCDEFAB",
    };

    /// <summary>Rows and column names of a result set; a column the query selects as a constant (<c>CAST(0 AS bit)</c>, which EF Core reads as "is it null?") has that value.</summary>
    private sealed record ResultSet(int Rows, List<string> Columns, bool FreshIds)
    {
        public List<long?> Constants { get; init; } = [];
    }

    private static List<ResultSet> ResultSets(TSqlScript script, IReadOnlySet<string> emptyLists)
    {
        var sets = new List<ResultSet>();
        var tableVariableRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in script.Batches.SelectMany(b => b.Statements))
        {
            switch (statement)
            {
                case SelectStatement { Into: null } select:
                    var variable = TableVariableRead(select);
                    var rows = variable is not null ? tableVariableRows.GetValueOrDefault(variable, 1) : NeverTrue(select) || Reads(select, emptyLists) || ReadsClientKeys(select) ? 0 : 1;
                    var elements = SelectElements(select.QueryExpression);
                    sets.Add(new ResultSet(rows, Names(elements), variable is not null) { Constants = elements.Select(Constant).ToList() });
                    break;
                case InsertStatement insert:
                    Output(insert.InsertSpecification.OutputClause, insert.InsertSpecification.OutputIntoClause,
                        insert.InsertSpecification.InsertSource is ValuesInsertSource values ? values.RowValues.Count : 1);
                    break;
                case MergeStatement merge:
                    Output(merge.MergeSpecification.OutputClause, merge.MergeSpecification.OutputIntoClause,
                        merge.MergeSpecification.TableReference is InlineDerivedTable inline ? inline.RowValues.Count : 1);
                    break;
                case UpdateStatement update:
                    Output(update.UpdateSpecification.OutputClause, update.UpdateSpecification.OutputIntoClause, 1);
                    break;
                case DeleteStatement delete:
                    Output(delete.DeleteSpecification.OutputClause, delete.DeleteSpecification.OutputIntoClause, 1);
                    break;
            }
        }

        return sets;

        void Output(OutputClause? output, OutputIntoClause? into, int rows)
        {
            if (output is not null)
            {
                sets.Add(new ResultSet(rows, Names(output.SelectColumns), FreshIds: true) { Constants = output.SelectColumns.Select(Constant).ToList() });
            }

            if (into?.IntoTable is VariableTableReference table)
            {
                tableVariableRows[table.Variable.Name] = rows;
            }
        }
    }

    /// <summary>EF Core writes <c>WHERE 0 = 1</c> for a filter it knows matches nothing, such as an empty id list.</summary>
    private static bool NeverTrue(SelectStatement select) =>
        select.QueryExpression is QuerySpecification { WhereClause.SearchCondition: BooleanComparisonExpression
        {
            ComparisonType: BooleanComparisonType.Equals, FirstExpression: IntegerLiteral { Value: "0" }, SecondExpression: IntegerLiteral { Value: "1" },
        } };

    private static bool ReadsClientKeys(SelectStatement select) =>
        select.QueryExpression is QuerySpecification { FromClause.TableReferences: var tables }
        && tables.OfType<NamedTableReference>().Any(t => t.SchemaObject.BaseIdentifier.Value == "ClientKeys");

    private static bool Reads(TSqlFragment statement, IReadOnlySet<string> parameters) =>
        parameters.Count > 0 && Enumerable.Range(statement.FirstTokenIndex, statement.LastTokenIndex - statement.FirstTokenIndex + 1)
            .Any(i => statement.ScriptTokenStream[i] is { TokenType: TSqlTokenType.Variable } token && parameters.Contains(token.Text));

    private static string? TableVariableRead(SelectStatement select) =>
        select.QueryExpression is QuerySpecification { FromClause.TableReferences: [VariableTableReference table] } ? table.Variable.Name : null;

    private static IList<SelectElement> SelectElements(QueryExpression query) => query switch
    {
        QuerySpecification specification => specification.SelectElements,
        BinaryQueryExpression binary => SelectElements(binary.FirstQueryExpression),
        QueryParenthesisExpression parenthesis => SelectElements(parenthesis.QueryExpression),
        _ => [],
    };

    private static long? Constant(SelectElement element) => element is SelectScalarExpression scalar
        ? scalar.Expression switch
        {
            IntegerLiteral literal => long.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
            CastCall { Parameter: IntegerLiteral literal } => long.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        }
        : null;

    private static List<string> Names(IEnumerable<SelectElement> elements) =>
        elements.Select(element => element is SelectScalarExpression scalar
            ? scalar.ColumnName?.Value ?? (scalar.Expression as ColumnReferenceExpression)?.MultiPartIdentifier.Identifiers[^1].Value ?? string.Empty
            : string.Empty).ToList();
}
