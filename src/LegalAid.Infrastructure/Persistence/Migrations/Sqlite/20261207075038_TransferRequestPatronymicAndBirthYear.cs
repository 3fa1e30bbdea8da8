using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TransferRequestPatronymicAndBirthYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SoughtBirthYear",
                table: "ClientTransfers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SoughtPatronymic",
                table: "ClientTransfers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // A request kept with a date of birth has its year, as one made from now on has.
            migrationBuilder.Sql("UPDATE \"ClientTransfers\" SET \"SoughtBirthYear\" = CAST(substr(\"SoughtBirthDate\", 1, 4) AS INTEGER) WHERE \"SoughtBirthDate\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SoughtBirthYear",
                table: "ClientTransfers");

            migrationBuilder.DropColumn(
                name: "SoughtPatronymic",
                table: "ClientTransfers");
        }
    }
}
