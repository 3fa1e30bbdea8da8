using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
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
            migrationBuilder.Sql("DELETE FROM \"ClientNameTokens\" WHERE \"ClientId\" IN (SELECT \"Id\" FROM \"Clients\" WHERE instr(\"FamilyName\", 'İ') > 0 OR instr(\"GivenName\", 'İ') > 0 OR instr(coalesce(\"Patronymic\", ''), 'İ') > 0 OR instr(coalesce(\"LatinName\", ''), 'İ') > 0);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
