using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LegalAid.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Centres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    TimeZoneId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centres", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpposingParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpposingParties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProblemCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    NameRu = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameKy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumberCounters",
                columns: table => new
                {
                    CentreId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberCounters", x => new { x.CentreId, x.Year });
                    table.ForeignKey(
                        name: "FK_CaseNumberCounters_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sex = table.Column<int>(type: "int", nullable: false),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Citizenship = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MessengerContact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RegionOfOrigin = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "nchar(2)", fixedLength: true, maxLength: 2, nullable: false),
                    RegisteringCentreId = table.Column<int>(type: "int", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SearchKey = table.Column<string>(type: "nvarchar(700)", maxLength: 700, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsentScope = table.Column<int>(type: "int", nullable: false),
                    FamilyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    GivenName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LatinName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Patronymic = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clients_Centres_RegisteringCentreId",
                        column: x => x.RegisteringCentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CentreId = table.Column<int>(type: "int", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClientId = table.Column<int>(type: "int", nullable: false),
                    CentreId = table.Column<int>(type: "int", nullable: false),
                    AssignedLawyerId = table.Column<int>(type: "int", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PrimaryCategoryId = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OpposingPartyId = table.Column<int>(type: "int", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    AmountClaimedCurrency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: true),
                    AmountClaimedMinorUnits = table.Column<long>(type: "bigint", nullable: true),
                    AmountRecoveredCurrency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    AmountRecoveredMinorUnits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_OpposingParties_OpposingPartyId",
                        column: x => x.OpposingPartyId,
                        principalTable: "OpposingParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_ProblemCategories_PrimaryCategoryId",
                        column: x => x.PrimaryCategoryId,
                        principalTable: "ProblemCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_StaffMembers_AssignedLawyerId",
                        column: x => x.AssignedLawyerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseCategory",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    ProblemCategoryId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCategory", x => new { x.CaseId, x.ProblemCategoryId });
                    table.ForeignKey(
                        name: "FK_CaseCategory_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseCategory_ProblemCategories_ProblemCategoryId",
                        column: x => x.ProblemCategoryId,
                        principalTable: "ProblemCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatusChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: true),
                    ByStaffMemberId = table.Column<int>(type: "int", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStatusChange_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStatusChange_StaffMembers_ByStaffMemberId",
                        column: x => x.ByStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    HeldAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    LawyerId = table.Column<int>(type: "int", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Actions = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultations_StaffMembers_LawyerId",
                        column: x => x.LawyerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationCategory",
                columns: table => new
                {
                    ConsultationId = table.Column<int>(type: "int", nullable: false),
                    ProblemCategoryId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationCategory", x => new { x.ConsultationId, x.ProblemCategoryId });
                    table.ForeignKey(
                        name: "FK_ConsultationCategory_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultationCategory_ProblemCategories_ProblemCategoryId",
                        column: x => x.ProblemCategoryId,
                        principalTable: "ProblemCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Centres",
                columns: new[] { "Id", "Address", "City", "Code", "Name", "TimeZoneId" },
                values: new object[,]
                {
                    { 1, "Москва, адрес уточняется администратором", "Москва", "MOW", "Центр поддержки мигрантов — Москва", "Europe/Moscow" },
                    { 2, "Казань, адрес уточняется администратором", "Казань", "KZN", "Центр поддержки мигрантов — Казань", "Europe/Moscow" },
                    { 3, "Челябинск, адрес уточняется администратором", "Челябинск", "CHE", "Центр поддержки мигрантов — Челябинск", "Asia/Yekaterinburg" }
                });

            migrationBuilder.InsertData(
                table: "ProblemCategories",
                columns: new[] { "Id", "Code", "IsActive", "NameEn", "NameKy", "NameRu", "SortOrder" },
                values: new object[,]
                {
                    { 1, "documents-patent", true, "Documents and work patent", "Документтер жана иштөөгө патент", "Документы и патент на работу", 10 },
                    { 2, "migration-registration", true, "Migration registration", "Миграциялык каттоо", "Миграционный учёт", 20 },
                    { 3, "entry-ban", true, "Entry ban", "Өлкөгө кирүүгө тыюу салуу", "Запрет на въезд", 30 },
                    { 4, "expulsion", true, "Administrative expulsion or deportation", "Административдик чыгарып жиберүү же депортация", "Административное выдворение или депортация", 40 },
                    { 5, "detention-police", true, "Detention or police conduct", "Кармоо жана полициянын аракеттери", "Задержание и действия полиции", 50 },
                    { 6, "unpaid-wages", true, "Unpaid wages or labour dispute", "Эмгек акынын төлөнбөй калышы, эмгек талашы", "Невыплата зарплаты, трудовой спор", 60 },
                    { 7, "workplace-injury", true, "Workplace injury", "Жумуштагы жаракат", "Производственная травма", 70 },
                    { 8, "document-confiscation", true, "Document confiscation", "Документтерди тартып алуу", "Изъятие документов", 80 },
                    { 9, "forced-labour", true, "Forced labour or trafficking", "Мажбурлап иштетүү же адам сатуу", "Принудительный труд или торговля людьми", 90 },
                    { 10, "citizenship", true, "Citizenship", "Жарандык", "Гражданство", 100 },
                    { 11, "family", true, "Family and children", "Үй-бүлө жана балдар", "Семья и дети", 110 },
                    { 12, "housing", true, "Housing", "Турак жай", "Жильё", 120 },
                    { 13, "health", true, "Health care", "Медициналык жардам", "Медицинская помощь", 130 },
                    { 14, "criminal", true, "Criminal matters", "Кылмыш иштери", "Уголовные дела", 140 },
                    { 15, "other", true, "Other", "Башка", "Другое", 150 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCategory_ProblemCategoryId",
                table: "CaseCategory",
                column: "ProblemCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedLawyerId",
                table: "Cases",
                column: "AssignedLawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CentreId_Status",
                table: "Cases",
                columns: new[] { "CentreId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClientId",
                table: "Cases",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenedOn",
                table: "Cases",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpposingPartyId",
                table: "Cases",
                column: "OpposingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PrimaryCategoryId",
                table: "Cases",
                column: "PrimaryCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChange_ByStaffMemberId",
                table: "CaseStatusChange",
                column: "ByStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChange_CaseId",
                table: "CaseStatusChange",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Centres_Code",
                table: "Centres",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clients_BirthDate",
                table: "Clients",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_Phone",
                table: "Clients",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_RegisteringCentreId",
                table: "Clients",
                column: "RegisteringCentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_SearchKey",
                table: "Clients",
                column: "SearchKey");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationCategory_ProblemCategoryId",
                table: "ConsultationCategory",
                column: "ProblemCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_CaseId_HeldAtUtc",
                table: "Consultations",
                columns: new[] { "CaseId", "HeldAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_HeldOn",
                table: "Consultations",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_LawyerId",
                table: "Consultations",
                column: "LawyerId");

            migrationBuilder.CreateIndex(
                name: "IX_OpposingParties_NameKey",
                table: "OpposingParties",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProblemCategories_Code",
                table: "ProblemCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_CentreId",
                table: "StaffMembers",
                column: "CentreId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseCategory");

            migrationBuilder.DropTable(
                name: "CaseNumberCounters");

            migrationBuilder.DropTable(
                name: "CaseStatusChange");

            migrationBuilder.DropTable(
                name: "ConsultationCategory");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Clients");

            migrationBuilder.DropTable(
                name: "OpposingParties");

            migrationBuilder.DropTable(
                name: "ProblemCategories");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "Centres");
        }
    }
}
