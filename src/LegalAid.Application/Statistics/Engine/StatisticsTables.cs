using System.Runtime.InteropServices;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// The breakdown tables of a period, by the calculator's definitions, labelled in the current UI language;
/// the tables by centre have a column or row for each centre chosen (all when none is).
/// </summary>
internal sealed class StatisticsTables(StatisticsFacts facts, IndicatorCalculator calculator, IReadOnlyCollection<int>? chosenCentres)
{
    public const string ByCentreAndCategory = "ConsultationsByCentreAndCategory";
    public const string ByCitizenshipAndSex = "ClientsByCitizenshipAndSex";
    public const string ByAgeBand = "ClientsByAgeBand";
    public const string ByChannel = "ConsultationsByChannel";
    public const string ByOutcomeAndCategory = "ClosedCasesByOutcomeAndCategory";
    public const string CasesByCentre = "CasesByCentre";
    public const string Referrals = "ReferralsByPartner";
    public const string CourtResults = "CourtResults";

    /// <summary>Every table's key, in the order <see cref="For"/> gives them.</summary>
    public static readonly IReadOnlyList<string> Keys = [ByCentreAndCategory, ByCitizenshipAndSex, ByAgeBand, ByChannel, ByOutcomeAndCategory, CasesByCentre, Referrals, CourtResults];

    private static readonly string[] CaseColumns = ["Column.Opened", "Column.Closed", "Column.OpenAtEnd", "Column.WithRecovery", "Column.RecoveredRub"];
    private static readonly string[] ReferralColumns = ["Column.Referrals", "ReferralResult.Helped", "ReferralResult.Declined", "ReferralResult.NoResponse", "ReferralResult.Pending"];

    public IReadOnlyList<StatTable> For(Period period)
    {
        var consultations = calculator.ConsultationsIn(period);
        var indicators = calculator.For(period);
        var (citizenshipBySex, ageBands) = ClientTables(period);
        return
        [
            CentreByCategory(consultations),
            citizenshipBySex,
            ageBands,
            Channels(consultations),
            OutcomeByCategory(period),
            CentreCases(period),
            ReferralsByPartner(indicators),
            Court(indicators),
        ];
    }

    private StatTable CentreByCategory(List<int> consultations)
    {
        var centreIds = facts.Consultations.CentreId;
        var centres = Centres();
        // Arrays by centre id and by category id, not dictionaries: a million consultations pass through them.
        var column = new int[facts.CentreIdLimit];
        Array.Fill(column, -1);
        for (var index = 0; index < centres.Count; index++)
        {
            column[centres[index].Key] = index;
        }

        var byCentre = new int[centres.Count];
        var byCategory = new int[facts.CategoryNames.Keys.DefaultIfEmpty().Max() + 1][];
        var categoriesMet = new List<int>();
        foreach (var i in consultations)
        {
            var index = column[centreIds[i]];
            if (index >= 0)
            {
                byCentre[index]++;
            }

            foreach (var category in facts.Consultations.CategoriesOf(i))
            {
                var counts = byCategory[category];
                if (counts is null)
                {
                    byCategory[category] = counts = new int[centres.Count];
                    categoriesMet.Add(category);
                }

                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        // Categories in the order first met (ties in the total keep it), as grouping the consultations gave them.
        var rows = categoriesMet.Select(c => Row(facts.CategoryNames[c].ToString(), [.. byCategory[c].Select(n => (decimal)n)]))
            .OrderByDescending(r => r.Values[^1]).ToList();
        var total = Row(Label.Get("Column.AllConsultations"), [.. byCentre.Select(n => (decimal)n)]);
        return new(ByCentreAndCategory, Title(ByCentreAndCategory), [.. centres.Select(c => c.Value), Label.Get("Column.Total")], rows, total,
            RowTotalColumn: centres.Count, TotalIsSumOfRows: false, RankedBySize: true);
    }

    /// <summary>
    /// The table with its centres named (in the current language, for a report's readers) where the dashboard shows their
    /// codes: the columns of consultations by centre, the rows of cases by centre; other tables as they are.
    /// </summary>
    /// <param name="names">Each centre's name by its code.</param>
    public static StatTable NamingCentres(StatTable table, IReadOnlyDictionary<string, string> names) => table.Key switch
    {
        ByCentreAndCategory => table with { Columns = table.Columns.Select(c => names.GetValueOrDefault(c, c)).ToList() },
        CasesByCentre => table with { Rows = table.Rows.Select(r => r with { Label = names.GetValueOrDefault(r.Label, r.Label) }).ToList() },
        _ => table,
    };

    private List<KeyValuePair<int, string>> Centres() =>
        facts.CentreCodes.Where(c => chosenCentres is not { Count: > 0 } || chosenCentres.Contains(c.Key)).OrderBy(c => c.Key).ToList();

    /// <summary>
    /// The period's clients by citizenship and sex, and by the band of their age at their first consultation of the period:
    /// each client counted once in each table, and looked up once for both.
    /// </summary>
    private (StatTable CitizenshipBySex, StatTable AgeBands) ClientTables(Period period)
    {
        var counted = new Dictionary<(string Citizenship, Sex Sex), int>();
        var bands = new Dictionary<AgeBand, int>();
        foreach (var (clientId, firstConsultation) in calculator.ClientsIn(period))
        {
            var band = AgeBand.Unknown;
            if (facts.Clients.TryGetValue(clientId, out var client))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counted, (client.Citizenship, client.Sex), out _)++;
                band = Statistics.AgeBands.On(client.BirthYear, client.BirthDate, firstConsultation);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(bands, band, out _)++;
        }

        var sexes = Enum.GetValues<Sex>();
        var rows = Citizenships.All
            .Select(code => Row(Label.Get($"Citizenship.{code}"), sexes.Select(sex => (decimal)counted.GetValueOrDefault((code, sex))).ToList()))
            .Where(r => r.Values[^1] > 0).ToList();
        var citizenshipBySex = new StatTable(ByCitizenshipAndSex, Title(ByCitizenshipAndSex), [.. sexes.Select(Label.Of), Label.Get("Column.Total")], rows,
            Row(Label.Get("Column.Total"), sexes.Select(sex => (decimal)counted.Where(c => c.Key.Sex == sex).Sum(c => c.Value)).ToList()), RowTotalColumn: sexes.Length);
        return (citizenshipBySex, Single(ByAgeBand, "Column.Clients", Enum.GetValues<AgeBand>().Select(band => (Label.Of(band), (decimal)bands.GetValueOrDefault(band)))));
    }

    private StatTable Channels(List<int> consultations)
    {
        var channels = Enum.GetValues<ConsultationChannel>();
        var counts = new int[(int)channels.Max() + 1];
        var channelOf = facts.Consultations.Channel;
        foreach (var i in consultations)
        {
            counts[(int)channelOf[i]]++;
        }

        return Single(ByChannel, "Column.Consultations", channels.Select(channel => (Label.Of(channel), (decimal)counts[(int)channel])));
    }

    private StatTable OutcomeByCategory(Period period)
    {
        var closings = calculator.ClosingsIn(period);
        var outcomes = Enum.GetValues<CaseOutcome>();
        // Categories in the order first met (ties in the total keep it), as grouping the closings gave them.
        var rows = closings.GroupBy(c => facts.Cases.All[c.Position].PrimaryCategoryId, c => c.Outcome)
            .Select(g => Row(facts.CategoryNames[g.Key].ToString(), [.. IndicatorCalculator.OutcomeCounts(g).Select(o => (decimal)o.Cases)]))
            .OrderByDescending(r => r.Values[^1]).ToList();
        return new(ByOutcomeAndCategory, Title(ByOutcomeAndCategory), [.. outcomes.Select(Label.Of), Label.Get("Column.Total")], rows,
            Row(Label.Get("Column.Total"), [.. calculator.For(period).Outcomes.Select(o => (decimal)o.Cases)]), RowTotalColumn: outcomes.Length, RankedBySize: true);
    }

    private StatTable CentreCases(Period period)
    {
        var rows = Centres().Select(centre =>
        {
            var cases = calculator.CaseCountsIn(period, centre.Key);
            return new StatRow(centre.Value, [cases.Opened, cases.Closed, cases.OpenAtEnd, cases.WithRecovery, cases.RecoveredMinorUnits / 100m]);
        }).ToList();
        var columns = CaseColumns.Select(Label.Get).ToList();
        return new(CasesByCentre, Title(CasesByCentre), columns, rows,
            new StatRow(Label.Get("Column.Total"), Enumerable.Range(0, columns.Count).Select(i => rows.Sum(r => r.Values[i])).ToList()),
            MoneyCounts: new Dictionary<int, int> { [4] = 3 });
    }

    private static StatTable ReferralsByPartner(Indicators indicators)
    {
        var rows = indicators.ReferralsByPartner.Select(p => new StatRow(p.Partner, [p.Referrals, p.Helped, p.Declined, p.NoResponse, p.Pending])).ToList();
        var columns = ReferralColumns.Select(Label.Get).ToList();
        return new(Referrals, Title(Referrals), columns, rows,
            new StatRow(Label.Get("Column.Total"), Enumerable.Range(0, columns.Count).Select(i => rows.Sum(r => r.Values[i])).ToList()), RowTotalColumn: 0, RankedBySize: true);
    }

    private static StatTable Court(Indicators indicators) =>
        Single(CourtResults, "Column.Cases", indicators.CourtResults.Select(r => (r.Outcome is { } o ? Label.Of(o) : Label.Get("Column.StillOpen"), (decimal)r.Cases)));

    private static StatTable Single(string key, string column, IEnumerable<(string Label, decimal Value)> rows)
    {
        var list = rows.Select(r => new StatRow(r.Label, [r.Value])).ToList();
        return new(key, Title(key), [Label.Get(column)], list, new StatRow(Label.Get("Column.Total"), [list.Sum(r => r.Values[0])]));
    }

    /// <summary>A row whose last value is the sum of the others.</summary>
    private static StatRow Row(string label, List<decimal> values) => new(label, [.. values, values.Sum()]);

    /// <summary>A breakdown table's title in the current UI language.</summary>
    public static string Title(string key) => Label.Get($"Table.{key}");
}
