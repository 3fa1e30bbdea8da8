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
}
