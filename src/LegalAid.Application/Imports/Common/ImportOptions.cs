namespace LegalAid.Application.Imports.Common;

/// <summary>The "Import" configuration section: how an import writes, within its one transaction.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// Cases written and let go of at a time: what an import holds in memory besides its file and plan grows with this,
    /// and each step has a fixed cost.
    /// </summary>
    public int CasesPerSave { get; set; } = 1_000;
}
