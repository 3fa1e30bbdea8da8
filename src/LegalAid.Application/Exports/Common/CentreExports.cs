using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Exports.Common;

/// <summary>
/// What every export of a centre's records shares: the coordinator's centre, the cap on rows, the file (CSV or a
/// workbook of one sheet, its name and headers in the reader's language) and the audit entry, which names every filter, the format
/// and how many rows left.
/// </summary>
public sealed class CentreExports(IActorContext actors, ITableExporter exporter, IAuditTrail audit)
{
    /// <summary>About ten years of a centre's consultations.</summary>
    public const int MaxRows = 200_000;

    /// <summary>The coordinator's centre, whose records alone an export holds.</summary>
    public Task<Centre> CentreAsync(CancellationToken cancellationToken) => actors.HomeCentreAsync(cancellationToken);

    /// <summary>Refuses an export of more than <see cref="MaxRows"/> rows before any is read.</summary>
    public static async Task RefuseTooManyAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken)
    {
        var count = await rows.CountAsync(cancellationToken);
        if (count > MaxRows)
        {
            throw InvalidRequestException.For("To", string.Format(CultureInfo.CurrentCulture, Messages.ExportTooLarge, count.ToString("N0", CultureInfo.CurrentCulture), MaxRows.ToString("N0", CultureInfo.CurrentCulture)));
        }
    }

    /// <summary>The file, audited as an export of <paramref name="entityType"/> records of the centre with <paramref name="filters"/>.</summary>
    public async Task<ExportedFile> WriteAsync(
        string entityType, string name, ExportFormat format, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<object?>> rows, string filters, Centre centre, CancellationToken cancellationToken)
    {
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{name}-{centre.Code.ToLowerInvariant()}-{actors.At(centre).Today:yyyy-MM-dd}");
        var file = format == ExportFormat.Csv
            ? new ExportedFile(fileName + ".csv", ExportFiles.Csv, exporter.ToCsv(header, rows))
            : new ExportedFile(fileName + ".xlsx", ExportFiles.Xlsx, await exporter.ToXlsxAsync([new ExportSheet(Label.Get($"Export.Sheet.{entityType}"), header, rows)], cancellationToken));
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Exported, entityType, null, string.Create(CultureInfo.InvariantCulture, $"{filters}; format={format}; rows={rows.Count}"), CentreId: centre.Id),
            cancellationToken);
        return file;
    }

    /// <summary>A filter's value as the audit entry writes it (empty when not set).</summary>
    public static string Value(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The labels of the header row, from Labels.resx, in the reader's language.</summary>
    public static IReadOnlyList<string> Header(params string[] keys) => [.. keys.Select(Label.Get)];
}
