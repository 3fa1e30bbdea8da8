using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallBacksKeptByAContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column with its foreign key in one ALTER TABLE, which SQLite allows for a column that defaults to
            // NULL: EF Core's AddForeignKey would rebuild the table outside the migration's transaction.
            migrationBuilder.Sql("""
                ALTER TABLE "Deadlines" ADD COLUMN "KeptByConsultationId" INTEGER NULL
                    CONSTRAINT "FK_Deadlines_Consultations_KeptByConsultationId" REFERENCES "Consultations" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_KeptByConsultationId",
                table: "Deadlines",
                column: "KeptByConsultationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deadlines_Consultations_KeptByConsultationId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_KeptByConsultationId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "KeptByConsultationId",
                table: "Deadlines");
        }
    }
}
