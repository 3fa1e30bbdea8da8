using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatisticsColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_HeldOn",
                table: "Consultations");

            migrationBuilder.AddColumn<int>(
                name: "CentreId",
                table: "Consultations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ClientId",
                table: "Consultations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing consultations take their case's centre and client.
            // EXEC compiles it only when it runs: the idempotent script runs a migration as one batch, which SQL Server
            // compiles before the column exists (MigrationScriptTests).
            migrationBuilder.Sql(
                "EXEC(N'UPDATE Consultations SET CentreId = (SELECT c.CentreId FROM Cases c WHERE c.Id = Consultations.CaseId), " +
                "ClientId = (SELECT c.ClientId FROM Cases c WHERE c.Id = Consultations.CaseId);');");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ClientId_HeldOn",
                table: "Consultations",
                columns: new[] { "ClientId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations",
                columns: new[] { "HeldOn", "CentreId", "ClientId", "CaseId", "LawyerId", "Channel", "Actions", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChange_EffectiveOn_Status",
                table: "CaseStatusChange",
                columns: new[] { "EffectiveOn", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_ClientId_HeldOn",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_CaseStatusChange_EffectiveOn_Status",
                table: "CaseStatusChange");

            migrationBuilder.DropColumn(
                name: "CentreId",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "ClientId",
                table: "Consultations");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_HeldOn",
                table: "Consultations",
                column: "HeldOn");
        }
    }
}
