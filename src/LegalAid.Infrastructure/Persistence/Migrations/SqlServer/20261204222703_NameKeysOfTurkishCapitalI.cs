using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Turkish and Azerbaijani İ stayed a capital in the name keys (İbrahim was not found by Ibrahim): the clients whose
    /// names have it lose their tokens, which <see cref="DatabaseInitializer"/> builds again at start-up.
    /// </summary>
    public partial class NameKeysOfTurkishCapitalI : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM [ClientNameTokens] WHERE [ClientId] IN (SELECT [Id] FROM [Clients] WHERE CHARINDEX(N'İ', [FamilyName] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [GivenName] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [Patronymic] COLLATE Latin1_General_100_BIN2) > 0 OR CHARINDEX(N'İ', [LatinName] COLLATE Latin1_General_100_BIN2) > 0);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
