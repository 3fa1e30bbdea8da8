using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DeskIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CaseId_IsDone_DueOn",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OpposingPartyId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines",
                columns: new[] { "CaseId", "IsDone", "VoidedAtUtc", "DueOn", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn",
                table: "Cases",
                columns: new[] { "AssignedLawyerId", "Status", "CentreId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpposingPartyId_CentreId",
                table: "Cases",
                columns: new[] { "OpposingPartyId", "CentreId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CaseId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId_Status_CentreId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OpposingPartyId_CentreId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId_IsDone_DueOn",
                table: "Deadlines",
                columns: new[] { "CaseId", "IsDone", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId_Status",
                table: "Cases",
                columns: new[] { "AssignedLawyerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpposingPartyId",
                table: "Cases",
                column: "OpposingPartyId");
        }
    }
}
