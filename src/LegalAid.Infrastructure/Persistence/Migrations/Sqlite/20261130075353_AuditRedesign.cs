using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditRedesign : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Clients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsentWithdrawnOn",
                table: "Clients",
                type: "TEXT",
                nullable: true);

            // AuditEntries.Id is now handed out by the hash chain (AuditChain) rather than generated. The column keeps its
            // AUTOINCREMENT, which takes the explicit ids as they come: rebuilding the table would only copy the whole trail
            // and drop its triggers.

            migrationBuilder.AddColumn<byte[]>(
                name: "Hash",
                table: "AuditEntries",
                type: "BLOB",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Sealed",
                table: "AuditEntries",
                type: "BLOB",
                maxLength: 2147483647,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedFor",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientKeys",
                columns: table => new
                {
                    ClientId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientKeys", x => x.ClientId);
                });

            // The chain's head starts after the entries already written; while there are any, it has no hash until
            // LegacyAuditUpgrade (run by 'migrate') has sealed and chained them.
            migrationBuilder.Sql("INSERT INTO AuditChainHeads (Id, LastEntryId, LastHash) SELECT 1, COALESCE(MAX(Id), 0), CASE WHEN MAX(Id) IS NULL THEN zeroblob(32) END FROM AuditEntries;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "ClientKeys");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "ConsentWithdrawnOn",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sealed",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SealedFor",
                table: "AuditEntries");

        }
    }
}
