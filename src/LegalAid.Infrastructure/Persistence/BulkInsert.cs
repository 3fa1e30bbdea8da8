using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Inserts new records straight from the domain's objects, without the change tracker (SQLite, inside the current
/// transaction): each record with everything its collections hold (a case's consultations and their categories, a
/// client's name tokens), table by table, principals before dependents, with one prepared INSERT per table run once per
/// row. Columns, value converters and generated keys come from the EF Core model; the keys the database generates are
/// written into the objects, and every dependent gets its principal's key, as SaveChanges would do. SaveChanges spends
/// some hundred microseconds of bookkeeping on each row here, and its tracking keeps every row alive until it is cleared;
/// this spends a tenth of that, most of it in SQLite itself. (Statements of many rows each were slower.)
/// </summary>
internal static class BulkInsert
{
    /// <summary>The records inserted, principals first, each with its entity type.</summary>
    public static IReadOnlyList<(object Entity, IEntityType Type)> Insert(DbContext db, IEntityType type, IEnumerable<object> records, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("A bulk insert runs inside a transaction.");
        var connection = ((SqliteConnection)transaction.Connection!).Handle!;
        var graph = new Graph();
        graph.Add(type, records);
        var inserted = new List<(object Entity, IEntityType Type)>();
        foreach (var table in PrincipalsFirst(graph.Rows.Keys))
        {
            var rows = graph.Rows[table];
            new TableInsert(table).Insert(connection, rows, graph.Principals, cancellationToken);
            inserted.AddRange(rows.Select(row => (row, table)));
        }

        return inserted;
    }

    /// <summary>The entity types in an order where every type comes after the types its foreign keys point to.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !pending.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The added entities depend on each other in a cycle.");
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }

    /// <summary>The records to insert by entity type, found through the navigations from principal to dependents, and each dependent's principals.</summary>
    private sealed class Graph
    {
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);

        public Dictionary<IEntityType, List<object>> Rows { get; } = [];

        public Dictionary<object, List<(IForeignKey Key, object Principal)>> Principals { get; } = new(ReferenceEqualityComparer.Instance);

        public void Add(IEntityType type, IEnumerable<object> records)
        {
            var added = records.Where(seen.Add).ToList();
            if (added.Count == 0)
            {
                return;
            }

            if (!Rows.TryGetValue(type, out var rows))
            {
                Rows[type] = rows = [];
            }

            rows.AddRange(added);
            foreach (var navigation in type.GetNavigations().Where(n => !n.IsOnDependent))
            {
                var getter = navigation.GetGetter();
                var dependents = new List<object>();
                foreach (var principal in added)
                {
                    foreach (var dependent in Dependents(getter.GetClrValueUsingContainingEntity(principal)))
                    {
                        if (!Principals.TryGetValue(dependent, out var principals))
                        {
                            Principals[dependent] = principals = [];
                        }

                        principals.Add((navigation.ForeignKey, principal));
                        dependents.Add(dependent);
                    }
                }

                Add(navigation.TargetEntityType, dependents);
            }
        }

        private static IEnumerable<object> Dependents(object? value) => value switch
        {
            null => [],
            IEnumerable collection => collection.Cast<object>(),
            _ => [value],
        };
    }

    /// <summary>
    /// The INSERT of one table: its columns (complex properties' too), each read by EF Core's compiled getter and written
    /// through the value converter of its mapping; the generated key, when there is one, read back as SQLite's row id and
    /// written back (an INSERT … RETURNING took nearly twice as long a row). The statement runs through SQLite's C API on
    /// the context's connection, so inside its transaction (<see cref="SqliteValues"/>).
    /// </summary>
    private sealed class TableInsert
    {
        private readonly List<Column> columns = [];
        private readonly string table;
        private readonly IProperty? generatedKey;

        public TableInsert(IEntityType type)
        {
            if (type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} lives only in the change tracker: save {type.DisplayName()} with SaveChangesAsync.");
            }

            table = type.GetTableName()!;
            generatedKey = type.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
            if (generatedKey is not null && generatedKey.GetColumnType() != "INTEGER")
            {
                throw new NotSupportedException($"{type.DisplayName()}.{generatedKey.Name} is generated but is not SQLite's row id, which a bulk insert reads back.");
            }

            columns.AddRange(type.GetProperties().Where(p => p != generatedKey).Select(p => new Column(p, null)));
            columns.AddRange(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => new Column(p, c))));
            if (columns.FirstOrDefault(c => !SqliteValues.CanBind(c.ProviderType)) is { } unbindable)
            {
                throw new NotSupportedException($"{type.DisplayName()}.{unbindable.Property.Name} is stored as {unbindable.ProviderType.Name}, which a bulk insert does not bind.");
            }
        }

        public void Insert(sqlite3 db, List<object> rows, Dictionary<object, List<(IForeignKey Key, object Principal)>> principals, CancellationToken cancellationToken)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, Sql(), out var statement), db);
            using (statement)
            {
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (principals.TryGetValue(row, out var of))
                    {
                        foreach (var (foreignKey, principal) in of)
                        {
                            UsePrincipalKey(row, foreignKey, principal);
                        }
                    }

                    Bind(db, statement, row);
                    Execute(db, statement, row);
                }
            }
        }

        private void Execute(sqlite3 db, sqlite3_stmt statement, object row)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(statement);
                SqliteException.ThrowExceptionForRC(rc, db);
                throw new InvalidOperationException($"The insert into {table} returned rows.");
            }

            if (generatedKey is not null)
            {
                Set(generatedKey, row, Convert.ChangeType(raw.sqlite3_last_insert_rowid(db), generatedKey.ClrType, CultureInfo.InvariantCulture));
            }

            SqliteException.ThrowExceptionForRC(raw.sqlite3_reset(statement), db);
        }

        private static void UsePrincipalKey(object dependent, IForeignKey foreignKey, object principal)
        {
            for (var i = 0; i < foreignKey.Properties.Count; i++)
            {
                Set(foreignKey.Properties[i], dependent, foreignKey.PrincipalKey.Properties[i].GetGetter().GetClrValueUsingContainingEntity(principal));
            }
        }

        /// <summary>Sets a key the way EF Core does when it materialises a row: through the property's backing field (setters are private).</summary>
        private static void Set(IProperty property, object entity, object? value)
        {
            if (property.FieldInfo is { } field)
            {
                field.SetValue(entity, value);
            }
            else
            {
                (property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} cannot be set.")).SetValue(entity, value, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance, null, null, CultureInfo.InvariantCulture);
            }
        }

        private string Sql()
        {
            var names = string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName())));
            var values = string.Join(", ", columns.Select(_ => "?"));
            return $"INSERT INTO {Quote(table)} ({names}) VALUES ({values})";
        }

        private void Bind(sqlite3 db, sqlite3_stmt statement, object entity)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Read(entity);
                var converter = columns[i].Converter;
                SqliteValues.Bind(db, statement, i + 1, value is null || converter is null ? value : converter.ConvertToProvider(value));
            }
        }

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private sealed class Column(IProperty property, IComplexProperty? complex)
    {
        private readonly IClrPropertyGetter getter = property.GetGetter();
        private readonly IClrPropertyGetter? complexGetter = complex?.GetGetter();

        public IProperty Property { get; } = property;

        public ValueConverter? Converter { get; } = property.GetTypeMapping().Converter;

        public Type ProviderType => Converter?.ProviderClrType ?? Property.ClrType;

        public object? Read(object entity) =>
            complexGetter is not null && complexGetter.GetClrValueUsingContainingEntity(entity) is null ? null : getter.GetClrValueUsingContainingEntity(entity);
    }
}
