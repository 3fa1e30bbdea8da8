using System.Globalization;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Localisation;

/// <summary>Figures with their unit in the current culture, joined by a no-break space so a line never ends between them.</summary>
public static class Units
{
    /// <summary>"120 000 ₽", or with <paramref name="decimals"/> "120 000,50 ₽".</summary>
    public static string Roubles(decimal amount, int decimals = 0) =>
        amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + "\u00A0₽";

    /// <summary>"2,4 МБ" / "2.4 MB": a file's size in bytes, kilobytes or megabytes.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => Label.Format("Unit.Bytes", bytes.ToString(CultureInfo.CurrentCulture)),
        < 1024 * 1024 => Label.Format("Unit.Kilobytes", (bytes / 1024d).ToString("0.#", CultureInfo.CurrentCulture)),
        _ => Label.Format("Unit.Megabytes", (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.CurrentCulture)),
    };
}
