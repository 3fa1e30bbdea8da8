using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClientTransfersDeskCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CaseId",
                table: "Deadlines");

            migrationBuilder.AddColumn<int>(
                name: "ConsultationId",
                table: "Deadlines",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CentreId",
                table: "Clients",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Every client is held by the centre that registered them until a transfer moves them.
            // EXEC compiles it only when it runs: the idempotent script runs a migration as one batch, which SQL Server
            // compiles before the column exists (MigrationScriptTests).
            migrationBuilder.Sql("EXEC(N'UPDATE [Clients] SET [CentreId] = [RegisteringCentreId];');");

            // A consultation's follow-up becomes a call-back deadline; one a later consultation answered, or on a closed case, is done.
            // In EXEC too: it names a column this migration adds, and one it drops, which a second run of the script no longer finds.
            migrationBuilder.Sql(@"EXEC(N'INSERT INTO [Deadlines] ([CaseId], [ConsultationId], [Type], [DueOn], [Note], [IsDone], [DoneOn], [CreatedAtUtc], [CreatedByStaffMemberId]) SELECT c.[CaseId], c.[Id], 4, c.[FollowUpOn], NULL, CASE WHEN k.[Status] = 2 OR EXISTS (SELECT 1 FROM [Consultations] l WHERE l.[CaseId] = c.[CaseId] AND l.[HeldAtUtc] > c.[HeldAtUtc]) THEN 1 ELSE 0 END, COALESCE((SELECT MIN(l.[HeldOn]) FROM [Consultations] l WHERE l.[CaseId] = c.[CaseId] AND l.[HeldAtUtc] > c.[HeldAtUtc]), k.[ClosedOn]), c.[RecordedAtUtc], c.[LawyerId] FROM [Consultations] c JOIN [Cases] k ON k.[Id] = c.[CaseId] WHERE c.[FollowUpOn] IS NOT NULL;');");

            migrationBuilder.DropColumn(
                name: "FollowUpOn",
                table: "Consultations");

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SecretHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientTransfers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    FromCentreId = table.Column<int>(type: "int", nullable: false),
                    ToCentreId = table.Column<int>(type: "int", nullable: false),
                    ClientId = table.Column<int>(type: "int", nullable: true),
                    RequestNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RequestedByStaffMemberId = table.Column<int>(type: "int", nullable: true),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ProposalNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ProposedByStaffMemberId = table.Column<int>(type: "int", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedByStaffMemberId = table.Column<int>(type: "int", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SoughtBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SoughtFamilyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SoughtGivenName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SoughtPhone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_Centres_FromCentreId",
                        column: x => x.FromCentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_Centres_ToCentreId",
                        column: x => x.ToCentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_StaffMembers_DecidedByStaffMemberId",
                        column: x => x.DecidedByStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_StaffMembers_ProposedByStaffMemberId",
                        column: x => x.ProposedByStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClientTransfers_StaffMembers_RequestedByStaffMemberId",
                        column: x => x.RequestedByStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransferredCases",
                columns: table => new
                {
                    TransferId = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferredCases", x => new { x.TransferId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_TransferredCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferredCases_ClientTransfers_TransferId",
                        column: x => x.TransferId,
                        principalTable: "ClientTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId_IsDone_DueOn",
                table: "Deadlines",
                columns: new[] { "CaseId", "IsDone", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines",
                column: "ConsultationId",
                unique: true,
                filter: "[ConsultationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_CentreId",
                table: "Clients",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_SecretHash",
                table: "CalendarFeeds",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_UserId_RevokedAtUtc",
                table: "CalendarFeeds",
                columns: new[] { "UserId", "RevokedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_ClientId",
                table: "ClientTransfers",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_DecidedByStaffMemberId",
                table: "ClientTransfers",
                column: "DecidedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_FromCentreId_Status",
                table: "ClientTransfers",
                columns: new[] { "FromCentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_ProposedByStaffMemberId",
                table: "ClientTransfers",
                column: "ProposedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_RequestedByStaffMemberId",
                table: "ClientTransfers",
                column: "RequestedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientTransfers_ToCentreId_Status",
                table: "ClientTransfers",
                columns: new[] { "ToCentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferredCases_CaseId",
                table: "TransferredCases",
                column: "CaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Clients_Centres_CentreId",
                table: "Clients",
                column: "CentreId",
                principalTable: "Centres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Deadlines_Consultations_ConsultationId",
                table: "Deadlines",
                column: "ConsultationId",
                principalTable: "Consultations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowUpOn",
                table: "Consultations",
                type: "date",
                nullable: true);

            migrationBuilder.Sql(@"UPDATE [Consultations] SET [FollowUpOn] = (SELECT d.[DueOn] FROM [Deadlines] d WHERE d.[ConsultationId] = [Consultations].[Id]);");
            migrationBuilder.Sql(@"DELETE FROM [Deadlines] WHERE [ConsultationId] IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_Clients_Centres_CentreId",
                table: "Clients");

            migrationBuilder.DropForeignKey(
                name: "FK_Deadlines_Consultations_ConsultationId",
                table: "Deadlines");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "TransferredCases");

            migrationBuilder.DropTable(
                name: "ClientTransfers");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CaseId_IsDone_DueOn",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Clients_CentreId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "ConsultationId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CentreId",
                table: "Clients");


            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId",
                table: "Deadlines",
                column: "CaseId");
        }
    }
}
