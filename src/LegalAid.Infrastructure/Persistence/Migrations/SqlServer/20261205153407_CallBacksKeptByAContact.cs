using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CallBacksKeptByAContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeptByConsultationId",
                table: "Deadlines",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_KeptByConsultationId",
                table: "Deadlines",
                column: "KeptByConsultationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Deadlines_Consultations_KeptByConsultationId",
                table: "Deadlines",
                column: "KeptByConsultationId",
                principalTable: "Consultations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
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
