using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Common;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.GenerateDonorReport;

/// <summary>
/// Builds the donor report for a period and a set of centres (none: all) from aggregated statistics, in English,
/// Russian or Kyrgyz, with the narrative programme staff write, and archives it unchanged with its SHA-256 and what its
/// suppression of small counts cost. Refused for a period that has not ended at the user's centre (said alone of its
/// end), for one in which too few clients were advised to describe them without telling who they are
/// (<see cref="ReportPopulation"/>), and for a period and centres no publication would take
/// (<see cref="PublishedReportOverlaps"/>).
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
/// <remarks>
/// Not an <c>ICommand</c>: it saves one row with one SaveChanges, atomic on its own, and its reading and rendering
/// (seconds on a large database) must not hold the database's write lock.
/// </remarks>
public sealed record GenerateDonorReport : IRequest<int>, IStatisticsPeriod
{
    public const int NarrativeMaxLength = 4000;

    public static readonly IReadOnlyList<string> Languages = ["en", "ru", "ky"];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>The centres covered; none (or null) for all.</summary>
    public int[]? Centre { get; init; }

    public string Language { get; init; } = "en";

    public string? Title { get; init; }

    public string? Introduction { get; init; }

    public string? Highlights { get; init; }

    public string? Challenges { get; init; }

    public string? NextSteps { get; init; }

    /// <summary>The writer read what the text was refused for and confirms it is no person's (say, a foundation's name).</summary>
    public bool ConfirmIdentifiesNoOne { get; init; }
}

public sealed class GenerateDonorReportValidator : AbstractValidator<GenerateDonorReport>
{
    private const string PeriodNotEnded = nameof(Messages.DonorReportPeriodNotEnded);

    public GenerateDonorReportValidator(IApplicationDbContext db, IActorContext actors, TimeProvider clock)
    {
        RuleFor(r => r.To).MustAsync(async (to, ct) => to is null || to < actors.At(await actors.HomeCentreAsync(ct)).Today)
            .WithMessage(_ => Messages.DonorReportPeriodNotEnded).WithErrorCode(PeriodNotEnded);
        Include(new StatisticsPeriodValidator(clock));
        RuleFor(r => r.Language).Must(GenerateDonorReport.Languages.Contains).WithChoiceMessage();
        RuleFor(r => r.Title).Required().Name(DonorReport.TitleMaxLength).IdentifiesNoOne(r => r.ConfirmIdentifiesNoOne);
        RuleFor(r => r.Introduction).FreeText(GenerateDonorReport.NarrativeMaxLength, multiline: true).IdentifiesNoOne(r => r.ConfirmIdentifiesNoOne);
        RuleFor(r => r.Highlights).FreeText(GenerateDonorReport.NarrativeMaxLength, multiline: true).IdentifiesNoOne(r => r.ConfirmIdentifiesNoOne);
        RuleFor(r => r.Challenges).FreeText(GenerateDonorReport.NarrativeMaxLength, multiline: true).IdentifiesNoOne(r => r.ConfirmIdentifiesNoOne);
        RuleFor(r => r.NextSteps).FreeText(GenerateDonorReport.NarrativeMaxLength, multiline: true).IdentifiesNoOne(r => r.ConfirmIdentifiesNoOne);
        RuleFor(r => r.Centre).Cascade(CascadeMode.Stop).FewValues()
            .MustAsync(async (ids, ct) => ids is null || ids.Length == 0 || await db.Centres.CountAsync(c => ids.Contains(c.Id), ct) == ids.Distinct().Count())
            .WithChoiceMessage();
    }

    /// <summary>
    /// A period that has not ended is said once: the statistics' range for its end (a year ahead) would point at a day
    /// still refused here.
    /// </summary>
    public override async Task<ValidationResult> ValidateAsync(ValidationContext<GenerateDonorReport> context, CancellationToken cancellation = default)
    {
        var result = await base.ValidateAsync(context, cancellation);
        if (result.Errors.Any(error => error.ErrorCode == PeriodNotEnded))
        {
            result.Errors.RemoveAll(error => error.PropertyName == nameof(GenerateDonorReport.To) && error.ErrorCode != PeriodNotEnded);
        }

        return result;
    }
}

internal sealed class GenerateDonorReportHandler(
    StatisticsQueries statistics,
    IApplicationDbContext db,
    IReportRenderer renderer,
    PublishedReportOverlaps overlaps,
    ICurrentUser user,
    IActorContext actors,
    TimeProvider clock) : IRequestHandler<GenerateDonorReport, int>
{
    public async Task<int> Handle(GenerateDonorReport request, CancellationToken cancellationToken)
    {
        var chosen = request.Centre ?? [];
        var centres = await db.Centres.AsNoTracking()
            .Where(c => chosen.Length == 0 || chosen.Contains(c.Id))
            .OrderBy(c => c.Id).Select(c => new { c.Code, Name = new LocalisedName { Ru = c.Name, Ky = c.NameKy, En = c.NameEn } })
            .ToListAsync(cancellationToken);
        var codes = string.Join(", ", centres.Select(c => c.Code));
        await overlaps.RefuseAsync(new ReportScope(request.From!.Value, request.To!.Value, codes), reportId: null, Messages.DonorReportWouldOverlapPublished, cancellationToken);
        var now = clock.GetUtcNow();
        var home = await actors.HomeCentreAsync(cancellationToken);
        StatisticsReport figures;
        using (ReportLanguage.Use(request.Language))
        {
            figures = await statistics.ReportAsync(new StatisticsFilter(request.From, request.To, Centre: chosen.Length == 0 ? null : chosen), cancellationToken);
        }

        if (ReportPopulation.IsTooSmall(figures.Current.UniqueClients))
        {
            throw InvalidRequestException.For(nameof(request.To), Messages.DonorReportTooFewClients
                .Replace("{Clients}", figures.Current.UniqueClients.ToString(Messages.Culture), StringComparison.Ordinal)
                .Replace("{Minimum}", ReportPopulation.MinimumClients.ToString(Messages.Culture), StringComparison.Ordinal));
        }

        ReportDocument document;
        DonorTables tables;
        using (ReportLanguage.Use(request.Language))
        {
            var names = centres.ToDictionary(c => c.Code, c => c.Name.ToString());
            tables = DonorTables.Of(figures, names);
            document = DonorReportContent.Compose(request with { Title = Text.Normalize(request.Title!) }, figures, tables, string.Join(", ", names.Values), home.TimeZone, now);
        }

        var pdf = renderer.Render(document);
        var report = new DonorReport(document.Title, request.Language, request.From!.Value, request.To!.Value, codes,
            document.DocumentId, pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)), user.UserName ?? "system", now.UtcDateTime, tables.Loss);
        db.DonorReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }
}
