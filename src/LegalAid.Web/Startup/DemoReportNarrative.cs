using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListReportPeriods;

namespace LegalAid.Web.Startup;

/// <summary>
/// What programme staff might write around a demo report's figures. It names no figure: the report computes those
/// from the records, and a number typed here would contradict them on another day's demo.
/// </summary>
internal static class DemoReportNarrative
{
    /// <param name="periodName">The period as the reports page names it in <paramref name="language"/>.</param>
    public static GenerateDonorReport For(string language, ReportPeriod period, string periodName) =>
        (language switch
        {
            "ru" => Russian(periodName),
            "ky" => Kyrgyz(periodName),
            _ => English(periodName),
        }) with { Language = language, From = period.From, To = period.To };

    private static GenerateDonorReport Russian(string periodName) => new()
    {
        Title = $"Правовая помощь трудовым мигрантам: {periodName}",
        Introduction = "Центры программы в Москве, Казани и Челябинске консультируют трудовых мигрантов из Центральной Азии бесплатно: "
            + "лично, по телефону и в мессенджерах, на русском, кыргызском и узбекском языках.",
        Highlights = "Юристы центров добивались выплаты задержанной зарплаты, возвращали удержанные работодателями паспорта "
            + "и помогали оспорить решения о выдворении.",
        Challenges = "Клиенты часто обращаются, когда сроки обжалования уже на исходе, и не хранят трудовых договоров.",
        NextSteps = "Выездные консультации в общежитиях и памятка о правах работника на трёх языках.",
    };

    private static GenerateDonorReport Kyrgyz(string periodName) => new()
    {
        Title = $"Эмгек мигранттарына юридикалык жардам: {periodName}",
        Introduction = "Программанын Москва, Казань жана Челябинск шаарларындагы колдоо борборлору Борбордук Азиядан келген "
            + "эмгек мигранттарына акысыз консультация берет: жеке, телефон жана мессенджер аркылуу, орус, кыргыз жана өзбек тилдеринде.",
        Highlights = "Борборлордун юристтери кармалып калган эмгек акыны төлөттү, иш берүүчүлөр алып калган паспортторду кайтарып берди "
            + "жана кардарларга административдик чыгарып жиберүү чечимдерине даттанууга жардам берди.",
        Challenges = "Кардарлар көбүнчө даттануу мөөнөтү бүтөйүн деп калганда кайрылышат жана эмгек келишимдерин сакташпайт.",
        NextSteps = "Жатаканаларда көчмө консультациялар жана эмгекчинин укуктары тууралуу үч тилдеги эскертме баракча.",
    };

    private static GenerateDonorReport English(string periodName) => new()
    {
        Title = $"Legal aid to labour migrants: {periodName}",
        Introduction = "The programme's centres in Moscow, Kazan and Chelyabinsk advise labour migrants from Central Asia free of charge: "
            + "in person, by phone and by messenger, in Russian, Kyrgyz and Uzbek.",
        Highlights = "The centres' lawyers recovered unpaid wages, got back passports employers had kept "
            + "and helped clients appeal expulsion orders.",
        Challenges = "Clients often come when the time to appeal is nearly over, and few keep their employment contracts.",
        NextSteps = "Outreach consultations in workers' hostels and a leaflet on workers' rights in three languages.",
    };
}
