using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations");

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAtUtc",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoidedByStaffMemberId",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAtUtc",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "DueAt",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Deadlines",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Deadlines",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "Deadlines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoidedByStaffMemberId",
                table: "Deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAtUtc",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Consultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "Consultations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "Consultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoidedByStaffMemberId",
                table: "Consultations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectedAtUtc",
                table: "CaseDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CaseDocuments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "CaseDocuments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAtUtc",
                table: "CaseDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VoidedByStaffMemberId",
                table: "CaseDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VoidedByStaffMemberId",
                table: "Referrals",
                column: "VoidedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_VoidedByStaffMemberId",
                table: "Deadlines",
                column: "VoidedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations",
                columns: new[] { "HeldOn", "CentreId", "ClientId", "CaseId", "LawyerId", "Channel", "Actions", "Id", "VoidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_VoidedByStaffMemberId",
                table: "Consultations",
                column: "VoidedByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocuments_VoidedByStaffMemberId",
                table: "CaseDocuments",
                column: "VoidedByStaffMemberId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseDocuments_StaffMembers_VoidedByStaffMemberId",
                table: "CaseDocuments",
                column: "VoidedByStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Consultations_StaffMembers_VoidedByStaffMemberId",
                table: "Consultations",
                column: "VoidedByStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Deadlines_StaffMembers_VoidedByStaffMemberId",
                table: "Deadlines",
                column: "VoidedByStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_StaffMembers_VoidedByStaffMemberId",
                table: "Referrals",
                column: "VoidedByStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseDocuments_StaffMembers_VoidedByStaffMemberId",
                table: "CaseDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_Consultations_StaffMembers_VoidedByStaffMemberId",
                table: "Consultations");

            migrationBuilder.DropForeignKey(
                name: "FK_Deadlines_StaffMembers_VoidedByStaffMemberId",
                table: "Deadlines");

            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_StaffMembers_VoidedByStaffMemberId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_VoidedByStaffMemberId",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_VoidedByStaffMemberId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_VoidedByStaffMemberId",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_CaseDocuments_VoidedByStaffMemberId",
                table: "CaseDocuments");

            migrationBuilder.DropColumn(
                name: "CorrectedAtUtc",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "VoidedAtUtc",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "VoidedByStaffMemberId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "CorrectedAtUtc",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "VoidedAtUtc",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "VoidedByStaffMemberId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CorrectedAtUtc",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "VoidedAtUtc",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "VoidedByStaffMemberId",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "CorrectedAtUtc",
                table: "CaseDocuments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CaseDocuments");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "CaseDocuments");

            migrationBuilder.DropColumn(
                name: "VoidedAtUtc",
                table: "CaseDocuments");

            migrationBuilder.DropColumn(
                name: "VoidedByStaffMemberId",
                table: "CaseDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_ConsultationId",
                table: "Deadlines",
                column: "ConsultationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Statistics",
                table: "Consultations",
                columns: new[] { "HeldOn", "CentreId", "ClientId", "CaseId", "LawyerId", "Channel", "Actions", "Id" });
        }
    }
}
