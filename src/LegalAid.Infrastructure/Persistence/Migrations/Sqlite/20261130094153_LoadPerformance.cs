using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LoadPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_LawyerId",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClientId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_LawyerId_HeldAtUtc",
                table: "Consultations",
                columns: new[] { "LawyerId", "HeldAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId_Status",
                table: "Cases",
                columns: new[] { "AssignedLawyerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CentreId_OpenedOn",
                table: "Cases",
                columns: new[] { "CentreId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClientId_CentreId",
                table: "Cases",
                columns: new[] { "ClientId", "CentreId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_LawyerId_HeldAtUtc",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedLawyerId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CentreId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClientId_CentreId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_LawyerId",
                table: "Consultations",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId",
                table: "Cases",
                column: "AssignedLawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClientId",
                table: "Cases",
                column: "ClientId");
        }
    }
}
