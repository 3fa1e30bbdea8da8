namespace LegalAid.Application.Common.Reports;

/// <summary>
/// The line at the top of every page after the first: the report's title and what it is about (its period, month or
/// client). Where the line is too short for both, the title gives way, so the period is never the part cut.
/// </summary>
public sealed record RunningHeader(string Title, string Detail)
{
    public const string Separator = " · ";
}
