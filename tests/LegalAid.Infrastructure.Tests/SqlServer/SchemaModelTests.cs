using System.Text.RegularExpressions;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// SQL Server's own schema model (DacFx) built from the tables, keys and indexes EF Core creates for the SQL Server
/// context (CI checks that the migrations make exactly this schema) plus the triggers the migrations add by raw SQL:
/// every reference (a foreign key's table, an index's or a trigger's column) must resolve.
/// </summary>
public sealed class SchemaModelTests
{
    [Fact]
    public void TheSchemaAndTheMigrationsTriggers_ResolveEveryReference()
    {
        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var statement in SchemaStatements().Concat(Triggers()))
        {
            model.AddObjects(statement);
        }

        var errors = model.Validate().Where(m => m.MessageType == Microsoft.SqlServer.Dac.DacMessageType.Error).Select(m => m.ToString()).ToList();

        Assert.Empty(errors);
        Assert.True(model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.Table).Count() >= 20, "The model has fewer tables than the app uses.");
        Assert.Equal(3, model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.DmlTrigger).Count());
    }

    /// <summary>The CREATE TABLE and CREATE INDEX statements of EF Core's script for an empty database (not its seed rows).</summary>
    private static IEnumerable<string> SchemaStatements()
    {
        using var db = new SqlServerLegalAidDbContext(
            new DbContextOptionsBuilder<SqlServerLegalAidDbContext>().UseSqlServer("Server=schema.invalid;Database=LegalAid").Options,
            new OfflineUser(),
            TimeProvider.System,
            LegalAid.Infrastructure.Auditing.AuditCrypto.ForDesignTime());
        var (script, errors) = TSql.Parse(db.Database.GenerateCreateScript());
        Assert.Empty(errors);
        return script.Batches.SelectMany(b => b.Statements)
            .Where(s => s is CreateTableStatement or CreateIndexStatement)
            .Select(s => TextOf(s));
    }

    /// <summary>The script's CREATE TRIGGER statements, the last of each name: a later migration drops a trigger and creates it anew to change it.</summary>
    private static IEnumerable<string> Triggers() =>
        TSql.DynamicSql(TSql.Parse(File.ReadAllText(RepositoryFiles.Path("deploy/sql/LegalAid.SqlServer.sql"))).Script)
            .Where(sql => sql.StartsWith("CREATE TRIGGER", StringComparison.Ordinal))
            .GroupBy(sql => Regex.Match(sql, @"^CREATE TRIGGER (\S+)").Groups[1].Value)
            .Select(versions => versions.Last());

    private static string TextOf(TSqlFragment fragment) =>
        string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
            .Select(i => fragment.ScriptTokenStream[i].Text));
}
