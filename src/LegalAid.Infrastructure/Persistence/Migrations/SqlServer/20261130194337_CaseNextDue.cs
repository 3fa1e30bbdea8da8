using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseNextDue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn",
                table: "Cases");

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDueOn",
                table: "Cases",
                type: "date",
                nullable: true);

            // Every case's next due day from its pending deadlines, as DeskValueChanges keeps it from now on. EXEC compiles
            // it only when it runs: in the idempotent script a batch naming a column that does not exist yet fails.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Cases] SET [NextDueOn] = (SELECT MIN([d].[DueOn]) FROM [Deadlines] AS [d] WHERE [d].[CaseId] = [Cases].[Id] AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL);');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_NextDueOn_OpenedOn",
                table: "Cases",
                columns: new[] { "AssignedLawyerId", "Status", "CentreId", "NextDueOn", "OpenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_NextDueOn_OpenedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextDueOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn",
                table: "Cases",
                columns: new[] { "AssignedLawyerId", "Status", "CentreId", "OpenedOn" });
        }
    }
}
