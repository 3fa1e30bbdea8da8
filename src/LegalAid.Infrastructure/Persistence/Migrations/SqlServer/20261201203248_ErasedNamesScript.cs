using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Erasure and anonymisation used to leave the script of the removed name, which lists sort by; the rows erased
    /// before the fix forget it too. Down restores nothing: what was removed is not known any more.
    /// </summary>
    public partial class ErasedNamesScript : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE [Clients] SET [NameIsCyrillic] = CAST(0 AS bit) WHERE [AnonymisedOn] IS NOT NULL AND [NameIsCyrillic] = CAST(1 AS bit);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
