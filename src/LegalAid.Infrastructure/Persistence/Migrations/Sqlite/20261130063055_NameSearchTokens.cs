using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NameSearchTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Patronymic",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                collation: "RUSSIAN_CI",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GivenName",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "RUSSIAN_CI",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "FamilyName",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "RUSSIAN_CI",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<bool>(
                name: "NameIsCyrillic",
                table: "Clients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClientNameTokens",
                columns: table => new
                {
                    ClientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientNameTokens", x => new { x.ClientId, x.Kind, x.Value });
                    table.ForeignKey(
                        name: "FK_ClientNameTokens_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientNameTokens_Kind_Value_ClientId",
                table: "ClientNameTokens",
                columns: new[] { "Kind", "Value", "ClientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientNameTokens");

            migrationBuilder.DropColumn(
                name: "NameIsCyrillic",
                table: "Clients");

            migrationBuilder.AlterColumn<string>(
                name: "Patronymic",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true,
                oldCollation: "RUSSIAN_CI");

            migrationBuilder.AlterColumn<string>(
                name: "GivenName",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "RUSSIAN_CI");

            migrationBuilder.AlterColumn<string>(
                name: "FamilyName",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "RUSSIAN_CI");
        }
    }
}
