using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Client names sort by Russian rules on both providers: Cyrillic by the Russian alphabet with the Kyrgyz, Tajik and
/// Uzbek letters beside their base letters (Ғ after Г, Қ after К, Ң after Н, Ө after О, Ү after У, Ҳ after Х,
/// Ҷ after Ч; Ё read as Е and Ў as У), case ignored. Search tokens compare by code point, so that a typed word is
/// a range of their index and "S" (ш) stays apart from "s".
/// </summary>
internal static class NameCollations
{
    /// <summary>Registered on every SQLite connection by <see cref="SqliteNameCollation"/>.</summary>
    public const string Sqlite = "RUSSIAN_CI";

    public const string SqlServer = "Cyrillic_General_100_CI_AS";

    public const string SqlServerTokens = "Latin1_General_100_BIN2";

    public static void UseForNames(this ModelBuilder builder, string collation) =>
        builder.Entity<Client>().ComplexProperty(c => c.Name, name =>
        {
            name.Property(n => n.FamilyName).UseCollation(collation);
            name.Property(n => n.GivenName).UseCollation(collation);
            name.Property(n => n.Patronymic).UseCollation(collation);
        });
}
