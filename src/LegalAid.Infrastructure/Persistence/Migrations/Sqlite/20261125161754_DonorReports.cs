using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DonorReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DonorReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Centres = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonorReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DonorReports_CreatedAtUtc",
                table: "DonorReports",
                column: "CreatedAtUtc");

            // An archived report is what was issued: its content and description never change, and it is never deleted.
            migrationBuilder.Sql("CREATE TRIGGER DonorReports_Immutable BEFORE UPDATE OF Title, Language, PeriodFrom, PeriodTo, Centres, DocumentId, Content, SizeBytes, Sha256, CreatedBy, CreatedAtUtc ON DonorReports BEGIN SELECT RAISE(ABORT, 'Archived reports are immutable.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER DonorReports_NoDelete BEFORE DELETE ON DonorReports BEGIN SELECT RAISE(ABORT, 'Archived reports are immutable.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DonorReports_Immutable;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DonorReports_NoDelete;");

            migrationBuilder.DropTable(
                name: "DonorReports");
        }
    }
}
