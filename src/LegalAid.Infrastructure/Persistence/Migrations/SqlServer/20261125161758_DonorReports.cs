using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Centres = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DocumentId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
            // EXEC keeps CREATE TRIGGER first in its batch inside the idempotent script's IF blocks.
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [DonorReports_Immutable] ON [DonorReports] AFTER UPDATE AS IF UPDATE([Title]) OR UPDATE([Language]) OR UPDATE([PeriodFrom]) OR UPDATE([PeriodTo]) OR UPDATE([Centres]) OR UPDATE([DocumentId]) OR UPDATE([Content]) OR UPDATE([SizeBytes]) OR UPDATE([Sha256]) OR UPDATE([CreatedBy]) OR UPDATE([CreatedAtUtc]) THROW 51000, N''Archived reports are immutable.'', 1;');");
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [DonorReports_NoDelete] ON [DonorReports] INSTEAD OF DELETE AS THROW 51000, N''Archived reports are immutable.'', 1;');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [DonorReports_Immutable];");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [DonorReports_NoDelete];");

            migrationBuilder.DropTable(
                name: "DonorReports");
        }
    }
}
