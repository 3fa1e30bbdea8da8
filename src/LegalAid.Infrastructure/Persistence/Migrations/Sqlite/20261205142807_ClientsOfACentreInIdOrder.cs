using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientsOfACentreInIdOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clients_CentreId",
                table: "Clients");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_CentreId_AnonymisedOn_Id_Phone",
                table: "Clients",
                columns: new[] { "CentreId", "AnonymisedOn", "Id", "Phone" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clients_CentreId_AnonymisedOn_Id_Phone",
                table: "Clients");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_CentreId",
                table: "Clients",
                column: "CentreId");
        }
    }
}
