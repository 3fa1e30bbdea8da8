using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SoughtPatronymic",
                table: "ClientTransfers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // A request kept with a date of birth has its year, as one made from now on has.
            // EXEC compiles it only when it runs: the idempotent script runs a migration as one batch, which SQL Server
            // compiles before the column exists (MigrationScriptTests).
            migrationBuilder.Sql("EXEC(N'UPDATE [ClientTransfers] SET [SoughtBirthYear] = YEAR([SoughtBirthDate]) WHERE [SoughtBirthDate] IS NOT NULL;');");
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
