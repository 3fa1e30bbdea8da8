using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReferenceListVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProblemCategories",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PartnerOrganisations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Centres",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 1,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 2,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 3,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 1,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 2,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 3,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 4,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 5,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 6,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 7,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 8,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 9,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 10,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 11,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 12,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 13,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 14,
                column: "Version",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ProblemCategories",
                keyColumn: "Id",
                keyValue: 15,
                column: "Version",
                value: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProblemCategories");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Centres");
        }
    }
}
