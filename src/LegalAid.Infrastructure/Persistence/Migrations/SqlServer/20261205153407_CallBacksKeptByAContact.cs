using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CallBacksKeptByAContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeptByConsultationId",
                table: "Deadlines",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_KeptByConsultationId",
                table: "Deadlines",
                column: "KeptByConsultationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Deadlines_Consultations_KeptByConsultationId",
                table: "Deadlines",
                column: "KeptByConsultationId",
                principalTable: "Consultations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // A call back due by the day of a later consultation on its case was kept by that contact (the rule
            // Case.LogConsultation applies from now on); its case's next due day is read again.
            migrationBuilder.Sql("""
                UPDATE [d] SET [KeptByConsultationId] = (
                    SELECT TOP (1) [l].[Id] FROM [Consultations] AS [l]
                    WHERE [l].[CaseId] = [d].[CaseId] AND [l].[VoidedAtUtc] IS NULL AND [l].[HeldOn] >= [d].[DueOn]
                        AND ([d].[ConsultationId] IS NULL OR [l].[Id] <> [d].[ConsultationId])
                    ORDER BY [l].[HeldAtUtc], [l].[Id])
                FROM [Deadlines] AS [d]
                WHERE [d].[Type] = 4 AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE [d] SET [IsDone] = CAST(1 AS bit), [Version] = [d].[Version] + 1, [DoneOn] = [l].[HeldOn]
                FROM [Deadlines] AS [d] JOIN [Consultations] AS [l] ON [l].[Id] = [d].[KeptByConsultationId];
                """);
            migrationBuilder.Sql("""
                UPDATE [c] SET [NextDueOn] = (SELECT MIN([d].[DueOn]) FROM [Deadlines] AS [d] WHERE [d].[CaseId] = [c].[Id] AND [d].[IsDone] = CAST(0 AS bit) AND [d].[VoidedAtUtc] IS NULL)
                FROM [Cases] AS [c]
                WHERE [c].[Id] IN (SELECT [CaseId] FROM [Deadlines] WHERE [KeptByConsultationId] IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deadlines_Consultations_KeptByConsultationId",
                table: "Deadlines");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_KeptByConsultationId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "KeptByConsultationId",
                table: "Deadlines");
        }
    }
}
