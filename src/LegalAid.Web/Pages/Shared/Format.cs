using System.Globalization;

namespace LegalAid.Web.Pages.Shared;

public static class Format
{
    /// <summary>"2,4 МБ" / "2.4 MB": file sizes in the user's number format.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024):0.#} MB"),
    };
}
