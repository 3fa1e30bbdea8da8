using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The clients list's order (<c>InListOrder</c>) as an index, so that its first page reads twenty entries instead of
    /// sorting the whole register through the Russian collation. Written by hand: EF Core 10 cannot index the name's
    /// complex-type columns. <c>FindClientsTests.TheListWithoutAQuery_ReadsItsOrderFromAnIndex_WithoutSortingTheRegister</c>
    /// fails if a later migration rebuilds the table without it.
    /// </summary>
    public partial class ClientListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Clients_ListOrder" ON "Clients" ("NameIsCyrillic" DESC, "FamilyName", "GivenName", "Id", "CentreId", "Phone")
                WHERE "AnonymisedOn" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Clients_ListOrder";""");
        }
    }
}
