using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// The lists an import reads values against, loaded once per file: fixed choices (sex, citizenship, language,
/// outcome) by code or label in any of the app's languages (labelled in the language a message or form is written in), and the lists a centre's own words are mapped to
/// (problem categories, channels, the centre's active staff, as every form takes them) together with the mappings the centre has confirmed.
/// </summary>
public sealed class ImportVocabularies
{
    private readonly Dictionary<(ImportValueKind Kind, string Key), int> mappings;

    private ImportVocabularies(IReadOnlyList<VocabularyItem<int>> categories, IReadOnlyList<VocabularyItem<int>> staff, IEnumerable<ImportMapping> confirmed)
    {
        Problems = new Vocabulary<int>(categories);
        Lawyers = new Vocabulary<int>(staff);
        var valid = new Dictionary<ImportValueKind, HashSet<int>>
        {
            [ImportValueKind.Problem] = [.. categories.Select(c => c.Value)],
            [ImportValueKind.Channel] = [.. Enum.GetValues<ConsultationChannel>().Select(c => (int)c)],
            [ImportValueKind.Lawyer] = [.. staff.Select(s => s.Value)],
        };
        mappings = confirmed.Where(m => valid[m.Kind].Contains(m.TargetId)).ToDictionary(m => (m.Kind, m.SourceKey), m => m.TargetId);
    }

    public Vocabulary<Sex> Sexes { get; } = new(
    [
        new(Sex.Female, () => Label.Of(Sex.Female), [nameof(Sex.Female), .. ChoiceLabels.Of("Sex.Female"), "Ж", "F", "жен", "женский", "аял"]),
        new(Sex.Male, () => Label.Of(Sex.Male), [nameof(Sex.Male), .. ChoiceLabels.Of("Sex.Male"), "М", "M", "муж", "мужской", "эркек"]),
    ]);

    public Vocabulary<string> Citizenships { get; } = new(Domain.Clients.Citizenships.All.Select(code =>
        new VocabularyItem<string>(code, () => Label.Get($"Citizenship.{code}"), [code, .. ChoiceLabels.Of($"Citizenship.{code}"), .. CitizenshipAliases(code)])));

    public Vocabulary<string> Languages { get; } = new(Domain.Clients.Languages.All.Select(code =>
        new VocabularyItem<string>(code, () => Label.Get($"Language.{code}"), [code, .. ChoiceLabels.Of($"Language.{code}")])));

    public Vocabulary<CaseOutcome> Outcomes { get; } = new(Enum.GetValues<CaseOutcome>().Select(outcome =>
        new VocabularyItem<CaseOutcome>(outcome, () => Label.Of(outcome), [outcome.ToString(), .. ChoiceLabels.Of($"CaseOutcome.{outcome}")])));

    public Vocabulary<int> Channels { get; } = new(Enum.GetValues<ConsultationChannel>().Select(channel =>
        new VocabularyItem<int>((int)channel, () => Label.Of(channel), [channel.ToString(), .. ChoiceLabels.Of($"ConsultationChannel.{channel}")])));

    public Vocabulary<int> Problems { get; }

    public Vocabulary<int> Lawyers { get; }

    public static async Task<ImportVocabularies> LoadAsync(IApplicationDbContext db, int centreId, CancellationToken cancellationToken)
    {
        var categories = await db.ProblemCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.CentreId == centreId && s.IsActive).OrderBy(s => s.FullName).ToListAsync(cancellationToken);
        var confirmed = await db.ImportMappings.AsNoTracking().Where(m => m.CentreId == centreId).ToListAsync(cancellationToken);
        return new ImportVocabularies(
            categories.Select(c => new VocabularyItem<int>(c.Id, new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }.ToString, [c.Code, c.NameRu, c.NameKy, c.NameEn])).ToList(),
            staff.Select(s => new VocabularyItem<int>(s.Id, () => s.FullName, [s.FullName])).ToList(),
            confirmed);
    }

    public Vocabulary<int> Of(ImportValueKind kind) => kind switch
    {
        ImportValueKind.Problem => Problems,
        ImportValueKind.Channel => Channels,
        _ => Lawyers,
    };

    /// <summary>The item a text names, directly or through the centre's confirmed mapping; null when neither.</summary>
    public int? Resolve(ImportValueKind kind, string text) =>
        Of(kind).TryFind(text, out var value) ? value
        : mappings.TryGetValue((kind, ImportMapping.KeyFor(text)), out var mapped) ? mapped
        : null;

    /// <summary>Names a country goes by in older spreadsheets.</summary>
    private static IEnumerable<string> CitizenshipAliases(string code) => code switch
    {
        Domain.Clients.Citizenships.Kyrgyzstan => ["Киргизия", "Кыргызская Республика", "Kyrgyz Republic"],
        _ => [],
    };
}
