using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsentWithdrawnOn",
                table: "Clients",
                type: "date",
                nullable: true);

            // AuditEntries.Id is now handed out by the hash chain (AuditChain), so it loses IDENTITY, which SQL Server cannot
            // take off a column: the ids move to a new column that takes the old one's place, under the append-only trigger
            // switched off for the copy. EXEC defers compiling the statements that name the new column (the idempotent script).
            migrationBuilder.AddColumn<long>(name: "ChainId", table: "AuditEntries", type: "bigint", nullable: true);
            migrationBuilder.Sql("EXEC(N'DISABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]; UPDATE [AuditEntries] SET [ChainId] = [Id]; ENABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries];');");
            migrationBuilder.DropPrimaryKey(name: "PK_AuditEntries", table: "AuditEntries");
            migrationBuilder.DropColumn(name: "Id", table: "AuditEntries");
            migrationBuilder.RenameColumn(name: "ChainId", table: "AuditEntries", newName: "Id");
            migrationBuilder.AlterColumn<long>(name: "Id", table: "AuditEntries", type: "bigint", nullable: false, oldClrType: typeof(long), oldType: "bigint", oldNullable: true);
            migrationBuilder.AddPrimaryKey(name: "PK_AuditEntries", table: "AuditEntries", column: "Id");

            migrationBuilder.AddColumn<byte[]>(
                name: "Hash",
                table: "AuditEntries",
                type: "varbinary(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Sealed",
                table: "AuditEntries",
                type: "varbinary(max)",
                maxLength: 2147483647,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedFor",
                table: "AuditEntries",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastEntryId = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientKeys",
                columns: table => new
                {
                    ClientId = table.Column<int>(type: "int", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "varbinary(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientKeys", x => x.ClientId);
                });

            // The chain's head starts after the entries already written; while there are any, it has no hash until
            // LegacyAuditUpgrade (run by 'migrate') has sealed and chained them.
            migrationBuilder.Sql("EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [LastEntryId], [LastHash]) SELECT 1, COALESCE(MAX([Id]), 0), CASE WHEN MAX([Id]) IS NULL THEN CAST(0x00 AS binary(32)) END FROM [AuditEntries];');");
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

            migrationBuilder.AddColumn<long>(name: "IdentityId", table: "AuditEntries", type: "bigint", nullable: false, defaultValue: 0L)
                .Annotation("SqlServer:Identity", "1, 1");
            migrationBuilder.DropPrimaryKey(name: "PK_AuditEntries", table: "AuditEntries");
            migrationBuilder.DropColumn(name: "Id", table: "AuditEntries");
            migrationBuilder.RenameColumn(name: "IdentityId", table: "AuditEntries", newName: "Id");
            migrationBuilder.AddPrimaryKey(name: "PK_AuditEntries", table: "AuditEntries", column: "Id");
        }
    }
}
