using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseCentreId",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OpenCaseLawyerId",
                table: "Deadlines",
                type: "INTEGER",
                nullable: true);

            // Every deadline's case lawyer (while the case is open) and centre, as DeskValueChanges keeps them from now on.
            migrationBuilder.Sql("""
                UPDATE "Deadlines" SET
                    "OpenCaseLawyerId" = (SELECT CASE WHEN "c"."Status" = 1 THEN "c"."AssignedLawyerId" END FROM "Cases" AS "c" WHERE "c"."Id" = "Deadlines"."CaseId"),
                    "CaseCentreId" = (SELECT "c"."CentreId" FROM "Cases" AS "c" WHERE "c"."Id" = "Deadlines"."CaseId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_OpenCaseLawyerId_CaseCentreId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines",
                columns: new[] { "OpenCaseLawyerId", "CaseCentreId", "IsDone", "VoidedAtUtc", "DueOn", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_OpenCaseLawyerId_CaseCentreId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CaseCentreId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "OpenCaseLawyerId",
                table: "Deadlines");
        }
    }
}
