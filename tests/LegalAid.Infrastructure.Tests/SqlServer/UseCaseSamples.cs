using System.Text;
using LegalAid.Application.Account.ChangePassword;
using LegalAid.Application.Account.DisableTwoFactor;
using LegalAid.Application.Account.EnableTwoFactor;
using LegalAid.Application.Account.EndOtherSessions;
using LegalAid.Application.Account.EndSession;
using LegalAid.Application.Account.GetTwoFactorSetup;
using LegalAid.Application.Account.IssueApiToken;
using LegalAid.Application.Account.ListApiTokens;
using LegalAid.Application.Account.ListSessions;
using LegalAid.Application.Account.RevokeApiToken;
using LegalAid.Application.Account.SignIn;
using LegalAid.Application.Account.SignInWithCode;
using LegalAid.Application.Account.SignOut;
using LegalAid.Application.Administration.ChangeAccountRole;
using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.EndAccountSessions;
using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Administration.ListCategories;
using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Administration.ListPartners;
using LegalAid.Application.Administration.ResetAccountPassword;
using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Administration.SetAccountLock;
using LegalAid.Application.Administration.UpdateCentre;
using LegalAid.Application.Audit.ExportAuditEntries;
using LegalAid.Application.Calendar.CheckCalendarFeed;
using LegalAid.Application.Calendar.GetCalendarFeed;
using LegalAid.Application.Calendar.GetCalendarFeedStatus;
using LegalAid.Application.Calendar.IssueCalendarFeed;
using LegalAid.Application.Calendar.RevokeCalendarFeed;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.EditReferral;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Cases.OpenCase;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Cases.ReassignCases;
using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Cases.VoidDocument;
using LegalAid.Application.Cases.VoidReferral;
using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.PreviewErasure;
using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.ConfirmImportMappings;
using LegalAid.Application.Imports.DiscardImport;
using LegalAid.Application.Imports.GetImport;
using LegalAid.Application.Imports.GetImportProgress;
using LegalAid.Application.Imports.GetImportRejects;
using LegalAid.Application.Imports.GetImportTemplate;
using LegalAid.Application.Imports.ListImports;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.OpposingParties.FindOpposingParties;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetCentreMonthlyReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Reports.WithdrawDonorReport;
using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Retention.ListRetentionDue;
using LegalAid.Application.Statistics;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.CancelTransfer;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Application.Transfers.GetTransferDraft;
using LegalAid.Application.Transfers.ListOtherCentres;
using LegalAid.Application.Transfers.ListTransfers;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Application.Transfers.RequestTransfer;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// One valid request of every use case, with filters set so that their optional conditions are translated too. Lists
/// that count their total ask for pages of one row: the offline server answers each query with one row, a full page, so
/// the total is counted and its COUNT translated as well (a page short of full is not counted).
/// </summary>
internal static class UseCaseSamples
{
    private static readonly DateOnly Day = new(2026, 3, 15);
    private static readonly DateOnly PeriodStart = new(2026, 1, 1);
    private static readonly DateOnly PeriodEnd = new(2026, 3, 31);
    private static readonly GetStatistics Statistics = new(PeriodStart, PeriodEnd, [1], ["KG"], [Sex.Female], [Application.Statistics.AgeBand.From30To44], [6], [ConsultationChannel.Phone], [1]);

    public static IReadOnlyList<object> All { get; } =
    [
        new SignIn { Email = "lawyer.mow@offline.test", Password = "correct horse battery staple" },
        new SignInWithCode { Code = "123456" },
        new Application.Account.SignOut.SignOut(),
        new ChangePassword { CurrentPassword = "correct horse battery staple", NewPassword = "another long pass phrase", ConfirmPassword = "another long pass phrase" },
        new GetTwoFactorSetup(),
        new EnableTwoFactor { Code = "123456" },
        new DisableTwoFactor(),
        new ListApiTokens(),
        new IssueApiToken { Name = "Таблица отчётов", DaysValid = 30 },
        new RevokeApiToken(1),
        new ListSessions(),
        new EndSession(1),
        new EndOtherSessions(),
        new ListAccounts(),
        new CreateAccount { Email = "new.lawyer@offline.test", DisplayName = "Айгүл Өмүрова", Role = Roles.Lawyer, CentreId = 1 },
        new SetAccountLock("offline-account", Locked: true),
        new ResetAccountPassword("offline-account"),
        new ChangeAccountRole("offline-account", Roles.Coordinator),
        new EndAccountSessions("offline-account"),
        new ListCentres(),
        new UpdateCentre { Id = 1, Name = "Центр в Москве", NameKy = "Борбор", NameEn = "Centre", Address = "Москва, ул. Примерная, 1" },
        new ListPartners(),
        new SavePartner { Name = "Правозащитный центр", NameKy = "Правозащитный центр", NameEn = "Partner", Contact = "+7 495 000-00-00" },
        new SavePartner { Id = 1, Name = "Правозащитный центр", NameKy = "Правозащитный центр", NameEn = "Partner", Contact = "+7 495 000-00-00" },
        new ListCategories(),
        new SaveCategory { Code = "housing", NameRu = "Жильё", NameKy = "Турак жай", NameEn = "Housing", SortOrder = 20 },
        new SaveCategory { Id = 1, Code = "housing", NameRu = "Жильё", NameKy = "Турак жай", NameEn = "Housing", SortOrder = 20 },
        new FindAuditEntries("lawyer", "Client", "1", Domain.Auditing.AuditAction.Viewed, PeriodStart, PeriodEnd, PageSize: 1),
        new ExportAuditEntries("lawyer", "Case", "1", Domain.Auditing.AuditAction.Viewed, PeriodStart, PeriodEnd),
        new GetDenialAlerts(),
        new VerifyAuditTrail(),
        new FindClients("Үсөнбаев Нурлан", new DateOnly(1990, 5, 17), "+7 916 123-45-67", PageSize: 1),
        new GetClient(1),
        new RegisterClient
        {
            FamilyName = "Үсөнбаев", GivenName = "Нурлан", Patronymic = "Өмүрбекович", LatinName = "Usonbaev Nurlan", Sex = Sex.Male,
            DateOfBirth = new DateOnly(1990, 5, 17), Citizenship = Citizenships.Kyrgyzstan, Phone = "+7 916 123-45-67",
            PreferredLanguage = Languages.Kyrgyz, ConsentGivenOn = Day, ConsentScopes = [ConsentScope.LegalAid], NotADuplicate = true,
        },
        new UpdateClient
        {
            Id = 1, Version = 1, FamilyName = "Үсөнбаев", GivenName = "Нурлан", Sex = Sex.Male, DateOfBirth = new DateOnly(1990, 5, 17),
            Citizenship = Citizenships.Kyrgyzstan, PreferredLanguage = Languages.Kyrgyz, ConsentGivenOn = Day, ConsentScopes = [ConsentScope.LegalAid],
        },
        new WithdrawConsent { Id = 1, Version = 1, ConsentWithdrawnOn = Day },
        new PreviewErasure(1),
        new EraseClient { ClientId = 1, Reason = "Заявление клиента от 14.03.2026", Confirmed = true },
        new ListRetentionDue(),
        new AnonymiseClients(),
        new ListCases(1, CaseStatus.Open, 1, 6, PeriodStart, PeriodEnd, CaseSort.Client),
        new GetCase(1),
        new GetCase(1, IncludeVoided: true),
        new OpenCase { ClientId = 1, OpenedOn = Day, PrimaryCategoryId = 6, OtherCategoryIds = [1], Summary = "Не выплачена зарплата.", OpposingPartyName = "ООО «СтройМонтаж»", OpposingPartyKind = OpposingPartyKind.Employer, AmountClaimed = 150000m },
        new ReassignCases { FromLawyerId = 1, ToLawyerId = 2 },
        new UpdateCase { Id = 1, Version = 1, OpenedOn = Day, PrimaryCategoryId = 6, Summary = "Не выплачена зарплата.", OpposingPartyName = "ООО «СтройМонтаж»", OpposingPartyKind = OpposingPartyKind.Employer, AssignedLawyerId = 1 },
        new CloseCase { Id = 1, Version = 1, Outcome = CaseOutcome.ResolvedInFavour, ClosedOn = Day, AmountRecovered = 50000m, ConfirmUpcomingHearing = true },
        new ReopenCase { Id = 1, Version = 1, ReopenedOn = Day, Note = "Работодатель не заплатил." },
        new LogConsultation { CaseId = 1, HeldAt = new DateTime(2026, 3, 10, 14, 30, 0), Channel = ConsultationChannel.InPerson, DurationMinutes = 45, CategoryIds = [6], Actions = [ConsultationActions.LegalAdvice], Summary = "Претензия.", FollowUpOn = Day },
        new EditConsultation { CaseId = 1, ConsultationId = 1, Version = 1, Channel = ConsultationChannel.Phone, DurationMinutes = 20, CategoryIds = [6, 1], Actions = [ConsultationActions.ComplaintOrLetter], Summary = "Жалоба.", FollowUpOn = Day },
        new VoidConsultation { CaseId = 1, ConsultationId = 1, Version = 1, Reason = "Записана не в то дело." },
        new AddDeadline { CaseId = 1, Type = DeadlineType.CourtHearing, DueOn = Day.AddDays(10), DueAt = new TimeOnly(10, 30), Place = "Мещанский районный суд, зал 5", Note = "Заседание" },
        new CompleteDeadline { CaseId = 1, DeadlineId = 1, Version = 0 },
        new EditDeadline { CaseId = 1, DeadlineId = 1, Version = 1, Type = DeadlineType.CourtHearing, DueOn = Day.AddDays(12), DueAt = new TimeOnly(14, 0), Place = "Зал 7" },
        new VoidDeadline { CaseId = 1, DeadlineId = 1, Version = 1, Reason = "Заседание отменено." },
        new ReopenDeadline { CaseId = 1, DeadlineId = 1, Version = 1 },
        new UploadDocument(1, "договор.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray()),
        new GetDocument(1, 1),
        new VoidDocument { CaseId = 1, DocumentId = 1, Version = 1, Reason = "Паспорт другого клиента." },
        new ReferClient { CaseId = 1, PartnerId = 1, ReferredOn = Day, Note = "Жильё" },
        new RecordReferralResult { CaseId = 1, ReferralId = 1, Result = ReferralResult.Helped, ResultOn = Day },
        new EditReferral { CaseId = 1, ReferralId = 1, Version = 1, PartnerId = 2, ReferredOn = Day, Note = "Инспекция труда" },
        new VoidReferral { CaseId = 1, ReferralId = 1, Version = 1, Reason = "Не состоялось." },
        new GetCaseReport(1, "ky"),
        new GetDesk(PageNumber: 2, DuePage: 2),
        new GetCalendarFeedStatus(),
        new IssueCalendarFeed(),
        new RevokeCalendarFeed(),
        new GetCalendarFeed("c2VjcmV0LWZlZWQtYWRkcmVzcy1vZi1hLWxhd3llcg"),
        new CheckCalendarFeed("c2VjcmV0LWZlZWQtYWRkcmVzcy1vZi1hLWxhd3llcg"),
        new RequestTransfer { CentreCode = "KZN", FamilyName = "Үсөнбаев", GivenName = "Нурлан", Patronymic = "Өмүрбекович", DateOfBirth = new DateOnly(1990, 5, 17), BirthYear = 1990, Phone = "+7 916 123-45-67", Note = "Переехал." },
        new ProposeTransfer { ClientId = 1, ToCentreId = 2, CaseIds = [1, 2], Note = "Переехал в Казань." },
        new ProposeTransfer { TransferId = 1, Version = 0, ClientId = 1, CaseIds = [1] },
        new AcceptTransfer { Id = 1, Version = 1, AssignedLawyerId = 2 },
        new DeclineTransfer { Id = 1, Version = 1, Reason = "Нет мест." },
        new CancelTransfer { Id = 1, Version = 1, Reason = "Передумали." },
        new ListTransfers(PageSize: 1),
        new GetTransfer(1),
        new GetTransferDraft(1),
        new ListOtherCentres(),
        new FindOpposingParties("СтройМонтаж", OpposingPartyKind.Employer, PageSize: 1),
        new GetLookups(),
        Statistics,
        new ExportStatistics(Statistics, null, ExportFormat.Xlsx),
        new GenerateDonorReport { From = PeriodStart, To = PeriodEnd, Centre = [1], Language = "en", Title = "Q1 2026" },
        new ListDonorReports(),
        new ListReportPeriods(),
        new PublishDonorReport(1, 1),
        new WithdrawDonorReport(1, "Ошибка в таблице 3", 2),
        new NotifyDonors(1),
        new GetDonorReportFile(1),
        new GetCentreMonthlyReport(2026, 3, "ru"),
        new UploadImport("клиенты.csv", Encoding.UTF8.GetBytes(ImportCsv), 1),
        new CheckImport(1),
        new ConfirmImportMappings(1, [new MappingConfirmation(Domain.Imports.ImportValueKind.Problem, "трудовой спор", 6)]),
        new RunImport(1, SkipRejected: true),
        new GetImport(1, OnlyRejected: true),
        new GetImportProgress(1),
        new GetImportRejects(1),
        new GetImportTemplate(ExportFormat.Xlsx, "en"),
        new ListImports(),
        new DiscardImport(1),
        new ExportClients(ExportFormat.Csv, PeriodStart, PeriodEnd),
        new ExportCases(ExportFormat.Xlsx, PeriodStart, PeriodEnd, CaseStatus.Closed, 1, 6),
        new ExportConsultations(ExportFormat.Xlsx, PeriodStart, PeriodEnd, ConsultationChannel.Phone, 1, 6),
    ];

    private const string ImportCsv =
        "Фамилия;Имя;Пол;Дата рождения;Гражданство;Согласие дано;Дело;Проблема;Дата консультации;Канал;Юрист;Длительность, мин;Содержание\n" +
        "Үсөнбаев;Нурлан;М;17.05.1990;Кыргызстан;01.03.2026;MOW-2026-00001;трудовой спор;10.03.2026;Лично;Иванова Елена;45;Претензия\n";
}
