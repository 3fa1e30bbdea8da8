using LegalAid.Application.Reports.Disclosure;

namespace LegalAid.Application.Tests.Reports.Disclosure;

public sealed class PersonalDataInTextTests
{
    [Theory]
    [InlineData("Клиент Абдуллаев Фаррух Азизович обратился в июле.", "Клиент Абдуллаев Фаррух Азизович")]
    [InlineData("Мы помогли Жаңыл Сейитбековой в суде.", "Жаңыл Сейитбековой")]
    [InlineData("Её звали Светлана Иванова.", "Светлана Иванова")]
    [InlineData("Благодарим Бакыта Төлөгөновича за помощь.", "Бакыта Төлөгөновича")]
    [InlineData("Асан Бакыт уулу вернул паспорт.", "Асан Бакыт уулу")]
    [InlineData("Farrukh Abdullaev came back in July.", "Farrukh Abdullaev")]
    [InlineData("Дело вела юрист Иванова И.И. до суда.", "Иванова И.И.")]
    [InlineData("Заявление подписал А. Абдуллаев.", "А. Абдуллаев")]
    [InlineData("Ей помогла Татьяна Шевченко.", "Татьяна Шевченко")]
    [InlineData("Фарход Хасанзода получил патент.", "Фарход Хасанзода")]
    [InlineData("Клиент Абдуллаев вернул паспорт.", "Клиент Абдуллаев")]
    [InlineData("Мы представляли клиентку Сейитбекову в суде.", "клиентку Сейитбекову")]
    [InlineData("Гражданину Хасанзода вернули документы.", "Гражданину Хасанзода")]
    [InlineData("Our client Abdullaev was paid in full.", "client Abdullaev")]
    [InlineData("Mr. Petrov signed the claim.", "Mr. Petrov")]
    [InlineData("Наш клиент Фаррух Абдуллаев получил зарплату.", "клиент Фаррух Абдуллаев")]
    [InlineData("Кардар Асанов паспортун кайтарып алды.", "Кардар Асанов")]
    [InlineData("Суд удовлетворил иск, истец Иванов получил деньги.", "истец Иванов")]
    [InlineData("Client одинаев рустам got wages back.", "Client одинаев")]
    [InlineData("Представляли клиентку жээнбекову в суде.", "клиентку жээнбекову")]
    [InlineData("Our client petrova was paid.", "client petrova")]
    [InlineData("Звоните по телефону +7 943 679-40-22 до пятницы.", "+7 943 679-40-22")]
    [InlineData("Номер 0555 123 456 в Бишкеке.", "0555 123 456")]
    [InlineData("Дело MOW-2026-00171 выиграно в суде.", "MOW-2026-00171")]
    [InlineData("Пишите на farrukh.a@mail.ru, если что.", "farrukh.a@mail.ru")]
    public void APersonNamedOrReachable_IsFound_AsWritten(string text, string found) =>
        Assert.Equal(found, PersonalDataInText.AllIn(text)[0].Written);

    [Fact]
    public void EverythingThatReadsAsAPerson_IsFound_InTheOrderWritten_OnceEach()
    {
        const string text = "Фонд Потанина помог: клиент Абдуллаев Фаррух Азизович, тел. +7 943 679-40-22, дело MOW-2026-00171; снова MOW-2026-00171.";

        Assert.Equal(
            [("Фонд Потанина", false), ("клиент Абдуллаев Фаррух Азизович", true), ("+7 943 679-40-22", true), ("MOW-2026-00171", true)],
            PersonalDataInText.AllIn(text).Select(f => (f.Written, f.IsCertain)));
    }

    [Theory]
    [InlineData("Заявка в Фонд Потанина.", false)]
    [InlineData("Ей помогла Татьяна Шевченко.", false)]
    [InlineData("Заявление подписал А. Абдуллаев.", false)]
    [InlineData("Клиент Абдуллаев вернул паспорт.", true)]
    [InlineData("Благодарим Бакыта Төлөгөновича за помощь.", true)]
    [InlineData("Асан Бакыт уулу вернул паспорт.", true)]
    [InlineData("Бакыт уулу вернул паспорт.", false)]
    [InlineData("Client одинаев рустам got wages back.", false)]
    [InlineData("Основной проблемой остаётся жильё.", false)]
    [InlineData("Решение оставлено в силе Верховным судом.", false)]
    [InlineData("Приговор по статье, предусмотренной Уголовным кодексом.", false)]
    public void OnlyAPatronymic_ASurnameAfterAWordForAPerson_OrAContact_IsCertain(string text, bool certain) =>
        Assert.Equal(certain, Assert.Single(PersonalDataInText.AllIn(text)).IsCertain);

    [Theory]
    [InlineData("Центры программы в Москве, Казани и Челябинске консультируют трудовых мигрантов из Центральной Азии бесплатно.")]
    [InlineData("Взыскано 2 431 280 ₽ задержанной зарплаты за 2026 год; 376 консультаций, рост на 22 %.")]
    [InlineData("Мещанский районный суд отменил решение о выдворении 12.03.2026.")]
    [InlineData("Основные итоги: Первичные консультации, Уголовное преследование, Верховный Суд, Частичное взыскание.")]
    [InlineData("Граждане Кыргызской Республики в Российской Федерации; Юристы Казанского центра и Московский Городской Суд.")]
    [InlineData("Meshchansky District Court and Presnensky District; the Samara Region.")]
    [InlineData("Migrant Support Centre — Moscow, Kazan and Chelyabinsk; More wages recovered than in any earlier period.")]
    [InlineData("Кыргызстандан келген мигранттар: ң ө ү. Эмгек мигранттарына юридикалык жардам.")]
    [InlineData("Клиенты из Ростова и Саратова; мигранты в Ростове-на-Дону; клиент из Пекина.")]
    [InlineData("Анын уулу мектепке кабыл алынды, Кардардын кызы да.")]
    [InlineData("Клиент мужчина из магазина, клиентка сначала не пришла, клиент один раз звонил, клиенту было страшно.")]
    [InlineData("Клиент готов подписать мировое соглашение, клиентка готова ждать, клиент здоров, клиентка нездорова.")]
    [InlineData("Жалобы мигрантов Ростова-на-Дону и мигрантам Саратова.")]
    [InlineData(null)]
    public void ReportProse_WithPlacesAmountsAndDates_HasNone(string? text) =>
        Assert.Empty(PersonalDataInText.AllIn(text));
}
