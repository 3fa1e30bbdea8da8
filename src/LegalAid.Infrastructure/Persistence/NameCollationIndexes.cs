using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// The clients list's index is ordered by <see cref="SqliteNameCollation"/>, which is ICU's, and ICU comes with the
/// operating system: after an upgrade it may order some names differently, and an index built in the old order then
/// misplaces rows. The file keeps the version of the collation its indexes were built with (SQLite's user_version,
/// which nothing else uses), and they are rebuilt when the running collation's version differs.
/// </summary>
internal static class NameCollationIndexes
{
    public static async Task RebuildWhenTheCollationChangedAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var builtWith = await database.SqlQueryRaw<int>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync(cancellationToken);
        if (builtWith != SqliteNameCollation.Version)
        {
            // A pragma takes no parameters; the version is a number from the runtime, not anyone's input.
            var rebuild = string.Create(CultureInfo.InvariantCulture, $"REINDEX {NameCollations.Sqlite}; PRAGMA user_version = {SqliteNameCollation.Version};");
            await database.ExecuteSqlRawAsync(rebuild, cancellationToken);
        }
    }
}
