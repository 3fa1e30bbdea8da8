using System.Collections;
using System.Globalization;
using System.Resources;
using LegalAid.Application.Resources;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Web.Tests.Localisation;

/// <summary>Every UI text and message exists in Russian, Kyrgyz and English, and every choice a page offers has a label.</summary>
public sealed class ResourceCompletenessTests
{
    private static readonly ResourceManager Ui = new("LegalAid.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string, string> Cultures => new() { { "UI", "ky" }, { "UI", "en" }, { "Messages", "ky" }, { "Messages", "en" }, { "Labels", "ky" }, { "Labels", "en" } };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryKey_IsTranslated(string resources, string culture)
    {
        var manager = resources switch
        {
            "UI" => Ui,
            "Labels" => Labels.ResourceManager,
            _ => Messages.ResourceManager,
        };
        var neutral = Keys(manager, CultureInfo.InvariantCulture);
        var translated = manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);

        var untranslated = neutral.Keys.Where(key => string.IsNullOrWhiteSpace(translated.GetValueOrDefault(key))).ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void KyrgyzTexts_UseKyrgyzLetters()
    {
        var kyrgyz = new[] { Ui, Labels.ResourceManager, Messages.ResourceManager }
            .SelectMany(m => m.GetResourceSet(CultureInfo.GetCultureInfo("ky"), true, false)!.Cast<DictionaryEntry>())
            .Select(e => (string)e.Value!).ToList();

        Assert.True(kyrgyz.Count(text => text.Any(c => c is 'ө' or 'ү' or 'ң' or 'Ө' or 'Ү' or 'Ң')) > kyrgyz.Count / 3,
            "Fewer than a third of the Kyrgyz texts use ө, ү or ң: they read like transliterated Russian.");
    }

    /// <summary>Buttons that sit side by side, where one word for both would leave the user guessing which one destroys.</summary>
    [Theory]
    [InlineData("ru")]
    [InlineData("ky")]
    [InlineData("en")]
    public void CancelAndVoid_ReadDifferently(string culture)
    {
        var language = CultureInfo.GetCultureInfo(culture);

        Assert.NotEqual(Ui.GetString("Action.Cancel", language), Ui.GetString("Void.Submit", language));
    }

    [Theory]
    [InlineData(typeof(Sex))]
    [InlineData(typeof(CaseStatus))]
    [InlineData(typeof(CaseOutcome))]
    [InlineData(typeof(OpposingPartyKind))]
    [InlineData(typeof(ConsultationChannel))]
    [InlineData(typeof(ConsultationActions))]
    [InlineData(typeof(ConsentScope))]
    [InlineData(typeof(DeadlineType))]
    [InlineData(typeof(ReferralResult))]
    [InlineData(typeof(AuditAction))]
    [InlineData(typeof(LegalAid.Application.Statistics.AgeBand))]
    public void EveryChoice_HasALabel(Type choices)
    {
        var missing = Enum.GetNames(choices).Where(name => name != "None" && Labels.ResourceManager.GetString($"{choices.Name}.{name}", CultureInfo.InvariantCulture) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCitizenshipLanguageAndRole_HasALabel()
    {
        var keys = Citizenships.All.Select(c => $"Citizenship.{c}")
            .Concat(Languages.All.Select(l => $"Language.{l}"))
            .Concat(Roles.All.Select(r => $"Role.{r}"));

        var unlabelled = keys.Where(key => Labels.ResourceManager.GetString(key, CultureInfo.InvariantCulture) is null).ToList();

        Assert.Empty(unlabelled);
    }

    private static Dictionary<string, string?> Keys(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);
}
