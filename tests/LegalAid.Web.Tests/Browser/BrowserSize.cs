namespace LegalAid.Web.Tests.Browser;

/// <summary>What a test looks through: a desktop window, or a phone emulated at an exact CSS width.</summary>
public sealed record BrowserSize(int Width, int Height, bool IsPhone)
{
    public static BrowserSize Desktop { get; } = new(1280, 900, IsPhone: false);

    public static BrowserSize Phone(int width = 390, int height = 844) => new(width, height, IsPhone: true);

    public override string ToString() => $"{(IsPhone ? "phone" : "desktop")}-{Width}x{Height}";
}
