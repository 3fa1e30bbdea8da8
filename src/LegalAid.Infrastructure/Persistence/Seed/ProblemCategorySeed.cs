using LegalAid.Domain.Taxonomy;

namespace LegalAid.Infrastructure.Persistence.Seed;

/// <summary>The programme's taxonomy of legal problems, created by the first migration.</summary>
internal static class ProblemCategorySeed
{
    public static ProblemCategory[] All { get; } =
    [
        new(1, "documents-patent", "Документы и патент на работу", "Документтер жана иштөөгө патент", "Documents and work patent", 10),
        new(2, "migration-registration", "Миграционный учёт", "Миграциялык каттоо", "Migration registration", 20),
        new(3, "entry-ban", "Запрет на въезд", "Өлкөгө кирүүгө тыюу салуу", "Entry ban", 30),
        new(4, "expulsion", "Административное выдворение или депортация", "Административдик чыгарып жиберүү же депортация", "Administrative expulsion or deportation", 40),
        new(5, "detention-police", "Задержание и действия полиции", "Кармоо жана полициянын аракеттери", "Detention or police conduct", 50),
        new(6, "unpaid-wages", "Невыплата зарплаты, трудовой спор", "Эмгек акынын төлөнбөй калышы, эмгек талашы", "Unpaid wages or labour dispute", 60),
        new(7, "workplace-injury", "Производственная травма", "Жумуштагы жаракат", "Workplace injury", 70),
        new(8, "document-confiscation", "Изъятие документов", "Документтерди тартып алуу", "Document confiscation", 80),
        new(9, "forced-labour", "Принудительный труд или торговля людьми", "Мажбурлап иштетүү же адам сатуу", "Forced labour or trafficking", 90),
        new(10, "citizenship", "Гражданство", "Жарандык", "Citizenship", 100),
        new(11, "family", "Семья и дети", "Үй-бүлө жана балдар", "Family and children", 110),
        new(12, "housing", "Жильё", "Турак жай", "Housing", 120),
        new(13, "health", "Медицинская помощь", "Медициналык жардам", "Health care", 130),
        new(14, "criminal", "Уголовные дела", "Кылмыш иштери", "Criminal matters", 140),
        new(15, "other", "Другое", "Башка", "Other", 150),
    ];
}
