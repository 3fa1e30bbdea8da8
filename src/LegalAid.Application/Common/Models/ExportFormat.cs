namespace LegalAid.Application.Common.Models;

/// <summary>The file an export or a template is written as.</summary>
public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>The media types of exported tables.</summary>
public static class ExportFiles
{
    public const string Csv = "text/csv; charset=utf-8";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
