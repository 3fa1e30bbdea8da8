using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "HiddenShare",
                table: "DonorReports",
                type: "TEXT",
                precision: 5,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HiddenTotals",
                table: "DonorReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TableCells",
                table: "DonorReports",
                type: "INTEGER",
                nullable: true);

            // What suppression cost is part of the archived report: as immutable as its content.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DonorReports_Immutable;");
            migrationBuilder.Sql("CREATE TRIGGER DonorReports_Immutable BEFORE UPDATE OF Title, Language, PeriodFrom, PeriodTo, Centres, DocumentId, Content, SizeBytes, Sha256, CreatedBy, CreatedAtUtc, TableCells, HiddenCells, HiddenTotals, HiddenShare ON DonorReports BEGIN SELECT RAISE(ABORT, 'Archived reports are immutable.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            // Dropping a column rebuilds the table, and its triggers with it.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DonorReports_Immutable;");
            migrationBuilder.Sql("CREATE TRIGGER DonorReports_Immutable BEFORE UPDATE OF Title, Language, PeriodFrom, PeriodTo, Centres, DocumentId, Content, SizeBytes, Sha256, CreatedBy, CreatedAtUtc ON DonorReports BEGIN SELECT RAISE(ABORT, 'Archived reports are immutable.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER IF NOT EXISTS DonorReports_NoDelete BEFORE DELETE ON DonorReports BEGIN SELECT RAISE(ABORT, 'Archived reports are immutable.'); END;");
        }
    }
}
