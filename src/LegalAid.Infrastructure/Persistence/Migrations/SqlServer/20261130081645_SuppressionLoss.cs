using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SuppressionLoss : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HiddenCells",
                table: "DonorReports",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HiddenShare",
                table: "DonorReports",
                type: "decimal(5,4)",
                precision: 5,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HiddenTotals",
                table: "DonorReports",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TableCells",
                table: "DonorReports",
                type: "int",
                nullable: true);

            // What suppression cost is part of the archived report: as immutable as its content.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [DonorReports_Immutable];");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [DonorReports_Immutable] ON [DonorReports] AFTER UPDATE AS IF UPDATE([Title]) OR UPDATE([Language]) OR UPDATE([PeriodFrom]) OR UPDATE([PeriodTo]) OR UPDATE([Centres]) OR UPDATE([DocumentId]) OR UPDATE([Content]) OR UPDATE([SizeBytes]) OR UPDATE([Sha256]) OR UPDATE([CreatedBy]) OR UPDATE([CreatedAtUtc]) OR UPDATE([TableCells]) OR UPDATE([HiddenCells]) OR UPDATE([HiddenTotals]) OR UPDATE([HiddenShare]) THROW 51000, N''Archived reports are immutable.'', 1;');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [DonorReports_Immutable];");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [DonorReports_Immutable] ON [DonorReports] AFTER UPDATE AS IF UPDATE([Title]) OR UPDATE([Language]) OR UPDATE([PeriodFrom]) OR UPDATE([PeriodTo]) OR UPDATE([Centres]) OR UPDATE([DocumentId]) OR UPDATE([Content]) OR UPDATE([SizeBytes]) OR UPDATE([Sha256]) OR UPDATE([CreatedBy]) OR UPDATE([CreatedAtUtc]) THROW 51000, N''Archived reports are immutable.'', 1;');");

            migrationBuilder.DropColumn(
                name: "HiddenCells",
                table: "DonorReports");

            migrationBuilder.DropColumn(
                name: "HiddenShare",
                table: "DonorReports");

            migrationBuilder.DropColumn(
                name: "HiddenTotals",
                table: "DonorReports");

            migrationBuilder.DropColumn(
                name: "TableCells",
                table: "DonorReports");
        }
    }
}
