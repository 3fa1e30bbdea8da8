using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LocalizedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "PartnerOrganisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKy",
                table: "PartnerOrganisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Partners already entered keep their Russian name in every language until an administrator translates it.
            migrationBuilder.Sql("EXEC(N'UPDATE [PartnerOrganisations] SET [NameKy] = [Name], [NameEn] = [Name];');");

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Centres",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKy",
                table: "Centres",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "NameEn", "NameKy" },
                values: new object[] { "Migrant Support Centre — Moscow", "Мигранттарды колдоо борбору — Москва" });

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "NameEn", "NameKy" },
                values: new object[] { "Migrant Support Centre — Kazan", "Мигранттарды колдоо борбору — Казань" });

            migrationBuilder.UpdateData(
                table: "Centres",
                keyColumn: "Id",
                keyValue: 3,
                columns: new[] { "NameEn", "NameKy" },
                values: new object[] { "Migrant Support Centre — Chelyabinsk", "Мигранттарды колдоо борбору — Челябинск" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "NameKy",
                table: "PartnerOrganisations");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Centres");

            migrationBuilder.DropColumn(
                name: "NameKy",
                table: "Centres");
        }
    }
}
