using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>Microsoft's own T-SQL parser, for SQL Server 2022 (the production version), quoted identifiers on as EF Core sends them.</summary>
internal static class TSql
{
    public static (TSqlScript Script, IReadOnlyList<string> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        return (script, errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList());
    }

    /// <summary>
    /// The SQL inside every <c>EXEC(N'...')</c> of the script, where a variable in a concatenation stands for a name
    /// (EF Core builds <c>ALTER TABLE ... DROP CONSTRAINT ' + @var</c> that way).
    /// </summary>
    public static IReadOnlyList<string> DynamicSql(TSqlFragment script)
    {
        var visitor = new ExecStrings();
        script.Accept(visitor);
        return visitor.Found;
    }

    /// <summary>The statements of a batch that read or write data (not in an EXEC) and name a column an ALTER TABLE of the batch adds.</summary>
    public static IEnumerable<(string Column, string Statement)> DataStatementsNamingAddedColumns(TSqlBatch batch)
    {
        var added = batch.Statements.SelectMany(Descendants).OfType<AlterTableAddTableElementStatement>()
            .SelectMany(alter => alter.Definition.ColumnDefinitions).Select(column => column.ColumnIdentifier.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return batch.Statements.SelectMany(Descendants)
            .Where(statement => statement is UpdateStatement or InsertStatement or DeleteStatement or SelectStatement or MergeStatement)
            .SelectMany(statement => Descendants(statement).OfType<Identifier>().Where(name => added.Contains(name.Value))
                .Select(name => (name.Value, Text(statement))))
            .Distinct();
    }

    private static IEnumerable<TSqlFragment> Descendants(TSqlFragment fragment)
    {
        var visitor = new AllFragments();
        fragment.Accept(visitor);
        return visitor.Found;
    }

    private static string Text(TSqlFragment fragment) =>
        string.Concat(fragment.ScriptTokenStream.Skip(fragment.FirstTokenIndex).Take(fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(token => token.Text));

    private sealed class AllFragments : TSqlFragmentVisitor
    {
        public List<TSqlFragment> Found { get; } = [];

        public override void Visit(TSqlFragment node) => Found.Add(node);
    }

    private sealed class ExecStrings : TSqlFragmentVisitor
    {
        public List<string> Found { get; } = [];

        public override void ExplicitVisit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification.ExecutableEntity is ExecutableStringList strings)
            {
                Found.Add(string.Concat(strings.Strings.Select(part => part switch
                {
                    StringLiteral literal => literal.Value,
                    _ => "[DF_Placeholder]",
                })));
            }

            base.ExplicitVisit(node);
        }
    }
}
