using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseCounts",
                columns: table => new
                {
                    CentreId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCounts", x => new { x.CentreId, x.Status });
                    table.ForeignKey(
                        name: "FK_CaseCounts_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Every centre's cases in each status, open (1) and closed (2), as CaseCountChanges keeps them from now on.
            migrationBuilder.Sql("""
                INSERT INTO "CaseCounts" ("CentreId", "Status", "Total")
                SELECT "c"."Id", "s"."Status", (SELECT COUNT(*) FROM "Cases" AS "k" WHERE "k"."CentreId" = "c"."Id" AND "k"."Status" = "s"."Status")
                FROM "Centres" AS "c" CROSS JOIN (SELECT 1 AS "Status" UNION ALL SELECT 2) AS "s";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseCounts");
        }
    }
}
