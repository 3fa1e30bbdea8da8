using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LegalAid.Infrastructure.Persistence.Migrations.Sqlite
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
                UPDATE "Deadlines" SET "KeptByConsultationId" = (
                    SELECT "l"."Id" FROM "Consultations" AS "l"
                    WHERE "l"."CaseId" = "Deadlines"."CaseId" AND "l"."VoidedAtUtc" IS NULL AND "l"."HeldOn" >= "Deadlines"."DueOn"
                        AND "l"."Id" IS NOT "Deadlines"."ConsultationId"
                    ORDER BY "l"."HeldAtUtc", "l"."Id" LIMIT 1)
                WHERE "Type" = 4 AND NOT "IsDone" AND "VoidedAtUtc" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "Deadlines" SET "IsDone" = 1, "Version" = "Version" + 1,
                    "DoneOn" = (SELECT "l"."HeldOn" FROM "Consultations" AS "l" WHERE "l"."Id" = "Deadlines"."KeptByConsultationId")
                WHERE "KeptByConsultationId" IS NOT NULL AND NOT "IsDone";
                """);
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "NextDueOn" = (SELECT MIN("d"."DueOn") FROM "Deadlines" AS "d" WHERE "d"."CaseId" = "Cases"."Id" AND NOT "d"."IsDone" AND "d"."VoidedAtUtc" IS NULL)
                WHERE "Id" IN (SELECT "CaseId" FROM "Deadlines" WHERE "KeptByConsultationId" IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The call backs stay done; the link goes with the column when CallBacksKeptByAContact is undone.
        }
    }
}
