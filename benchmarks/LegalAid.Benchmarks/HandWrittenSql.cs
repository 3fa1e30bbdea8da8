using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LegalAid.Benchmarks;

/// <summary>
/// The dashboard's figures written by hand, one SQL query per aggregate, for comparison with the app:
/// the headline figures for the period, the period before and the year before, the monthly series and
/// the breakdown tables.
/// </summary>
internal static class HandWrittenSql
{
    private const string ClosingsCte = """
        WITH closings AS (
            SELECT h.CaseId, h.Outcome, h.EffectiveOn,
                   ROW_NUMBER() OVER (PARTITION BY h.CaseId ORDER BY h.EffectiveOn DESC, h.Id DESC) AS rn
            FROM CaseStatusChange h WHERE h.Status = 2 AND h.EffectiveOn BETWEEN @from AND @to)
        """;

    private static readonly string[] Headline =
    [
        "SELECT COUNT(*) FROM Consultations WHERE HeldOn BETWEEN @from AND @to",
        "SELECT COUNT(DISTINCT ClientId) FROM Consultations WHERE HeldOn BETWEEN @from AND @to",
        """
        SELECT COUNT(*) FROM (SELECT DISTINCT ClientId FROM Consultations WHERE HeldOn BETWEEN @from AND @to) s
        WHERE NOT EXISTS (SELECT 1 FROM Consultations e WHERE e.ClientId = s.ClientId AND e.HeldOn < @from)
        """,
        "SELECT COUNT(*) FROM Cases WHERE OpenedOn BETWEEN @from AND @to",
        "SELECT COUNT(DISTINCT CaseId) FROM CaseStatusChange WHERE Status = 2 AND EffectiveOn BETWEEN @from AND @to",
        """
        SELECT COUNT(*) FROM Cases c WHERE c.OpenedOn <= @to AND (
            SELECT h.Status FROM CaseStatusChange h WHERE h.CaseId = c.Id AND h.EffectiveOn <= @to
            ORDER BY h.EffectiveOn DESC, h.Id DESC LIMIT 1) = 1
        """,
        ClosingsCte + " SELECT Outcome, COUNT(*) FROM closings WHERE rn = 1 GROUP BY Outcome",
        ClosingsCte + """
             SELECT SUM(c.AmountRecoveredMinorUnits), SUM(c.AmountRecoveredMinorUnits > 0)
             FROM closings k JOIN Cases c ON c.Id = k.CaseId WHERE k.rn = 1
            """,
        "SELECT COUNT(*), COUNT(DISTINCT CaseId) FROM Consultations WHERE HeldOn BETWEEN @from AND @to AND (Actions & 8) <> 0",
        """
        SELECT PartnerId, COUNT(*), SUM(Result = 2), SUM(Result = 3), SUM(Result = 4), SUM(Result = 1)
        FROM Referrals WHERE ReferredOn BETWEEN @from AND @to GROUP BY PartnerId
        """,
        ClosingsCte + """
            , days AS (SELECT julianday(k.EffectiveOn) - julianday(c.OpenedOn) AS d FROM closings k JOIN Cases c ON c.Id = k.CaseId WHERE k.rn = 1),
            ranked AS (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS r, COUNT(*) OVER () AS n FROM days)
            SELECT AVG(d) FROM ranked WHERE r IN ((n + 1) / 2, (n + 2) / 2)
            """,
        """
        SELECT COUNT(*) FROM (SELECT DISTINCT ClientId FROM Consultations WHERE HeldOn BETWEEN @from AND @to) s
        WHERE (SELECT COUNT(*) FROM Cases k WHERE k.ClientId = s.ClientId) > 1
        """,
    ];

    private static readonly string[] Breakdowns =
    [
        "SELECT substr(HeldOn, 1, 7), COUNT(*) FROM Consultations WHERE HeldOn BETWEEN @from AND @to GROUP BY 1",
        """
        SELECT substr(f, 1, 7), COUNT(*) FROM (
            SELECT s.ClientId, (SELECT MIN(e.HeldOn) FROM Consultations e WHERE e.ClientId = s.ClientId) AS f
            FROM (SELECT DISTINCT ClientId FROM Consultations WHERE HeldOn BETWEEN @from AND @to) s)
        WHERE f BETWEEN @from AND @to GROUP BY 1
        """,
        "SELECT substr(OpenedOn, 1, 7), COUNT(*) FROM Cases WHERE OpenedOn BETWEEN @from AND @to GROUP BY 1",
        "SELECT substr(EffectiveOn, 1, 7), COUNT(DISTINCT CaseId) FROM CaseStatusChange WHERE Status = 2 AND EffectiveOn BETWEEN @from AND @to GROUP BY 1",
        """
        SELECT c.CentreId, cc.ProblemCategoryId, COUNT(*) FROM Consultations c
        JOIN ConsultationCategory cc ON cc.ConsultationId = c.Id WHERE c.HeldOn BETWEEN @from AND @to GROUP BY 1, 2
        """,
        """
        SELECT cl.Citizenship, cl.Sex, COUNT(*) FROM (SELECT DISTINCT ClientId FROM Consultations WHERE HeldOn BETWEEN @from AND @to) s
        JOIN Clients cl ON cl.Id = s.ClientId GROUP BY 1, 2
        """,
        ClosingsCte + " SELECT c.PrimaryCategoryId, k.Outcome, COUNT(*) FROM closings k JOIN Cases c ON c.Id = k.CaseId WHERE k.rn = 1 GROUP BY 1, 2",
        """
        SELECT CASE WHEN age IS NULL THEN 6 WHEN age < 18 THEN 1 WHEN age < 30 THEN 2 WHEN age < 45 THEN 3 WHEN age < 60 THEN 4 ELSE 5 END, COUNT(*)
        FROM (SELECT CAST(strftime('%Y', f) AS INTEGER) - cl.BirthYear
                     - (cl.BirthDate IS NOT NULL AND strftime('%m-%d', f) < strftime('%m-%d', cl.BirthDate)) AS age
              FROM (SELECT ClientId, MIN(HeldOn) AS f FROM Consultations WHERE HeldOn BETWEEN @from AND @to GROUP BY ClientId) s
              JOIN Clients cl ON cl.Id = s.ClientId)
        GROUP BY 1
        """,
        "SELECT Channel, COUNT(*) FROM Consultations WHERE HeldOn BETWEEN @from AND @to GROUP BY Channel",
    ];

    /// <summary>The same connection settings the app applies to every SQLite connection (SqlitePragmas), so both sides read alike.</summary>
    public static async Task TuneAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;";
        await command.ExecuteNonQueryAsync();
    }

    public static async Task RunAllAsync(SqliteConnection connection, DateOnly from, DateOnly to)
    {
        var previous = (From: from.AddDays(-(to.DayNumber - from.DayNumber + 1)), To: from.AddDays(-1));
        foreach (var (start, end) in new[] { (from, to), previous, (from.AddYears(-1), to.AddYears(-1)) })
        {
            foreach (var sql in Headline)
            {
                await RunAsync(connection, sql, start, end);
            }
        }

        foreach (var sql in Breakdowns)
        {
            await RunAsync(connection, sql, from, to);
        }
    }

    public static int QueryCount => (Headline.Length * 3) + Breakdowns.Length;

    private static async Task RunAsync(SqliteConnection connection, string sql, DateOnly from, DateOnly to)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }
}
