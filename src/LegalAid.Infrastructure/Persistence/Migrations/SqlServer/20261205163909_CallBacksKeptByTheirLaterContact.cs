using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CallBacksKeptByTheirLaterContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A call back due by the day of a later consultation on its case was kept by that contact (the rule
            // Case.LogConsultation applies from now on); its case's next due day is read again. The column it fills
            // comes from the migration before (CallBacksKeptByAContact).
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
                FROM [Deadlines] AS [d] JOIN [Consultations] AS [l] ON [l].[Id] = [d].[KeptByConsultationId]
                WHERE [d].[IsDone] = CAST(0 AS bit);
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
            // The call backs stay done; the link goes with the column when CallBacksKeptByAContact is undone.
        }
    }
}
