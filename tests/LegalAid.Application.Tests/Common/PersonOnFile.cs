using System.Text;
using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Application.Tests.Imports;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common;

/// <summary>
/// A client with everything the app keeps of a person: names in Cyrillic and Latin, phone, messenger, exact birth date,
/// region, a case with its summary, a consultation, a deadline and a hearing with its place, a referral and a closing note, a document, and a transfer
/// to another centre proposed with a note, and a spreadsheet of the centre's that names her uploaded for import; read, searched and edited so that the audit trail has their values too. <see cref="TracesAsync"/> looks for any of it,
/// byte by byte, in the database file, its write-ahead log and the documents folder.
/// </summary>
internal sealed record PersonOnFile(int ClientId, int CaseId, string DocumentKey)
{
    /// <summary>
    /// What must not be left of the person, each unlike anything else in the database: as written, in lower case, and the
    /// search tokens of the name (its Latin spellings and phonetic skeletons) of five letters or more.
    /// </summary>
    public static string[] Traces => Written
        .Concat(Written.Select(trace => trace.ToLowerInvariant()))
        .Concat(ClientSearchKey.Tokens(new PersonName("Жээнбекова", "Айгүлүм", "Ташболотовна", "Jeenbekova Aigulum")).Select(t => t.Value).Where(v => v.Length >= 5))
        .Distinct()
        .ToArray();

    private static readonly string[] Written =
    [
        "Жээнбекова", "Айгүлүм", "Ташболотовна", "Jeenbekova", "Aigulum", "+79265550199", "9265550199", "1988-11-23",
        "telegram_aigulum", "Талас облусу", "Кыяз-Строй не платит", "Өтүнүч жазылды", "Сынак мөөнөтү", "Баш калкалоочу жай",
        "Ишти жабуу", "паспорт_Жээнбекова.pdf", "PDF-ЖЭЭНБЕКОВА-СКАН", "Бишкекке көчүп", "Таганский суд, зал 77",
    ];

    public static async Task<PersonOnFile> CreateAsync(TestApp app, int centre = TestApp.Moscow)
    {
        app.ActAs(Roles.Administrator, null);
        var unique = Guid.NewGuid().ToString("N");
        var partner = await app.SendAsync(new SavePartner { Name = $"Приют {unique}", NameKy = $"Өнөктөш уюм {unique}", NameEn = $"Partner organisation {unique}", Contact = "+7 499 000-00-00" });
        app.ActAsLawyerOf(centre);
        var clientId = await app.SendAsync(Requests.RegisterClient() with
        {
            FamilyName = "Жээнбекова",
            GivenName = "Айгүлүм",
            Patronymic = "Ташболотовна",
            LatinName = "Jeenbekova Aigulum",
            Sex = Domain.Clients.Sex.Female,
            DateOfBirth = new DateOnly(1988, 11, 23),
            Phone = "+7 926 555-01-99",
            MessengerContact = "telegram_aigulum",
            RegionOfOrigin = "Талас облусу",
        });
        var caseId = (await app.SendAsync(Requests.OpenCase(clientId) with { Summary = "Кыяз-Строй не платит три месяца." })).Id;
        await app.SendAsync(Requests.LogConsultation(caseId) with { Summary = "Өтүнүч жазылды, кардар макул." });
        await app.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = app.Today.AddDays(10), Note = "Сынак мөөнөтү бүтөт" });
        await app.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = app.Today.AddDays(-3), Place = "Таганский суд, зал 77" });
        await app.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner, Note = "Баш калкалоочу жай керек" });
        var pdf = Encoding.UTF8.GetBytes("%PDF-1.7\n% PDF-ЖЭЭНБЕКОВА-СКАН\n1 0 obj << >> endobj\n%%EOF");
        await app.SendAsync(new UploadDocument(caseId, "паспорт_Жээнбекова.pdf", pdf));
        app.ActAs(Roles.Coordinator, centre);
        await app.SendAsync(new ProposeTransfer { ToCentreId = centre == TestApp.Kazan ? TestApp.Moscow : TestApp.Kazan, ClientId = clientId, Note = "Бишкекке көчүп кетет" });
        var row = ImportFile.Row("Жээнбекова", "Айгүлүм");
        row[ImportField.Phone] = "+7 926 555-01-99";
        await app.SendAsync(new CheckImport(await app.SendAsync(new UploadImport("клиенты.csv", ImportFile.Utf8([row])))));
        app.ActAsLawyerOf(centre);
        await app.SendAsync(new GetClient(clientId));
        await app.SendAsync(new FindClients(Query: "Жээнбекова"));
        var version = (await app.SendAsync(new GetCase(caseId))).Version;
        await app.SendAsync(new CloseCase { Id = caseId, Version = version, Outcome = CaseOutcome.ResolvedInFavour, Note = "Ишти жабуу: акча кайтарылды" });
        var key = await app.InDatabaseAsync(db => db.CaseDocuments.IgnoreQueryFilters().Where(d => d.CaseId == caseId).Select(d => d.StorageKey).SingleAsync());
        return new PersonOnFile(clientId, caseId, key);
    }

    /// <summary>Each trace found, with where: the database file, its write-ahead log or a document's file, in UTF-8 or UTF-16.</summary>
    public static async Task<IReadOnlyList<string>> TracesAsync(TestApp app)
    {
        var files = new[] { Path.Combine(app.Folder, "legalaid.db"), Path.Combine(app.Folder, "legalaid.db-wal") }.Where(File.Exists)
            .Concat(Directory.Exists(Path.Combine(app.Folder, "App_Data", "documents"))
                ? Directory.EnumerateFiles(Path.Combine(app.Folder, "App_Data", "documents"), "*", SearchOption.AllDirectories)
                : []);
        var found = new List<string>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            found.AddRange(Traces.Where(trace => Contains(bytes, Encoding.UTF8.GetBytes(trace)) || Contains(bytes, Encoding.Unicode.GetBytes(trace)))
                .Select(trace => $"{trace} in {Path.GetFileName(file)}"));
        }

        return found;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
