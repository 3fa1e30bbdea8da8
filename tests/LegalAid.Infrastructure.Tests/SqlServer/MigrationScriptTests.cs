using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>The idempotent script a DBA runs (deploy/sql/LegalAid.SqlServer.sql), read by SQL Server's own parser.</summary>
public sealed class MigrationScriptTests
{
    private static readonly string Script = File.ReadAllText(RepositoryFiles.Path("deploy/sql/LegalAid.SqlServer.sql"));

    [Fact]
    public void TheScript_ParsesWithoutErrors()
    {
        var (parsed, errors) = TSql.Parse(Script);

        Assert.Empty(errors);
        Assert.True(parsed.Batches.Sum(b => b.Statements.Count) > 50, "The script has fewer statements than the migrations make.");
    }

    [Fact]
    public void EverySqlStringTheScriptExecutes_ParsesWithoutErrors()
    {
        var dynamicSql = TSql.DynamicSql(TSql.Parse(Script).Script);

        Assert.Contains(dynamicSql, sql => sql.StartsWith("CREATE TRIGGER [AuditEntries_AppendOnly]", StringComparison.Ordinal));
        Assert.All(dynamicSql, sql => Assert.True(TSql.Parse(sql).Errors.Count == 0, $"{sql}\n{string.Join('\n', TSql.Parse(sql).Errors)}"));
    }

    /// <summary>
    /// SQL Server compiles a batch whole before running it, so a statement reading or writing a column that an ALTER
    /// TABLE earlier in the same batch adds fails with «Invalid column name» (error 207), and the script applies no
    /// further. EF Core puts a migration in one batch: data it moves into a new column goes through EXEC, which
    /// compiles when it runs. Checked by name, whatever the table.
    /// </summary>
    [Fact]
    public void NoBatch_ReadsOrWritesAColumnItAdds_OutsideAnExec()
    {
        var clashes = TSql.Parse(Script).Script.Batches
            .SelectMany(batch => TSql.DataStatementsNamingAddedColumns(batch).Select(clash => $"{clash.Column}: {clash.Statement}"))
            .ToList();

        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }
}
