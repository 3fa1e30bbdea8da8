using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DeadlineDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseCentreId",
                table: "Deadlines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OpenCaseLawyerId",
                table: "Deadlines",
                type: "int",
                nullable: true);

            // Every deadline's case lawyer (while the case is open) and centre, as DeskValueChanges keeps them from now on.
            // EXEC compiles it only when it runs: in the idempotent script a batch naming a column that does not exist yet fails.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [d] SET [OpenCaseLawyerId] = CASE WHEN [c].[Status] = 1 THEN [c].[AssignedLawyerId] END, [CaseCentreId] = [c].[CentreId] FROM [Deadlines] AS [d] INNER JOIN [Cases] AS [c] ON [c].[Id] = [d].[CaseId];');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_OpenCaseLawyerId_CaseCentreId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines",
                columns: new[] { "OpenCaseLawyerId", "CaseCentreId", "IsDone", "VoidedAtUtc", "DueOn", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_OpenCaseLawyerId_CaseCentreId_IsDone_VoidedAtUtc_DueOn_DueAt",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CaseCentreId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "OpenCaseLawyerId",
                table: "Deadlines");
        }
    }
}
