using System.Security.Cryptography;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Documents;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.DonorReports.GenerateDonorReport;

/// <summary>
/// Builds the donor report for a period and a set of centres (none: all) from aggregated statistics, in English
/// or Russian, with the narrative programme staff write, and archives it unchanged with its SHA-256.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
/// <remarks>
/// Not an <c>ICommand</c>: it saves one row with one SaveChanges, atomic on its own, and its reading and rendering
/// (seconds on a large database) must not hold the database's write lock.
/// </remarks>
public sealed record GenerateDonorReport : IRequest<int>
{
    public const int NarrativeMaxLength = 4000;

    public static readonly IReadOnlyList<string> Languages = ["en", "ru"];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int[] Centre { get; init; } = [];

    public string Language { get; init; } = "en";

    public string? Title { get; init; }

    public string? Introduction { get; init; }

    public string? Highlights { get; init; }

    public string? Challenges { get; init; }

    public string? NextSteps { get; init; }
}

public sealed class GenerateDonorReportValidator : AbstractValidator<GenerateDonorReport>
{
    public GenerateDonorReportValidator(IApplicationDbContext db)
    {
        RuleFor(r => r.From).NotNull().WithMessage(_ => Messages.Required);
        RuleFor(r => r.To).NotNull().WithMessage(_ => Messages.Required)
            .Must((r, to) => r.From is null || to is null || r.From <= to).WithMessage(_ => Messages.InvalidPeriod)
            .Must((r, to) => r.From is null || to is null || to.Value <= r.From.Value.AddYears(GetStatistics.MaxYears)).WithMessage(_ => Messages.InvalidPeriod);
        RuleFor(r => r.Language).Must(GenerateDonorReport.Languages.Contains).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(r => r.Title).NotEmpty().WithMessage(_ => Messages.Required)
            .MaximumLength(DonorReport.TitleMaxLength).WithMessage(_ => Messages.TooLong);
        RuleFor(r => r.Introduction).MaximumLength(GenerateDonorReport.NarrativeMaxLength).WithMessage(_ => Messages.TooLong);
        RuleFor(r => r.Highlights).MaximumLength(GenerateDonorReport.NarrativeMaxLength).WithMessage(_ => Messages.TooLong);
        RuleFor(r => r.Challenges).MaximumLength(GenerateDonorReport.NarrativeMaxLength).WithMessage(_ => Messages.TooLong);
        RuleFor(r => r.NextSteps).MaximumLength(GenerateDonorReport.NarrativeMaxLength).WithMessage(_ => Messages.TooLong);
        RuleFor(r => r.Centre).MustAsync(async (ids, ct) => ids.Length == 0 || await db.Centres.CountAsync(c => ids.Contains(c.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Messages.InvalidChoice);
    }
}

public sealed class GenerateDonorReportHandler(
    IRequestHandler<GetStatistics, StatisticsReport> statistics,
    IApplicationDbContext db,
    IReportRenderer renderer,
    ICurrentUser user,
    TimeProvider clock) : IRequestHandler<GenerateDonorReport, int>
{
    public async Task<int> Handle(GenerateDonorReport request, CancellationToken cancellationToken)
    {
        var centres = await db.Centres.AsNoTracking()
            .Where(c => request.Centre.Length == 0 || request.Centre.Contains(c.Id))
            .OrderBy(c => c.Id).Select(c => c.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();

        ReportDocument document;
        using (ReportLanguage.Use(request.Language))
        {
            var figures = await statistics.Handle(new GetStatistics(request.From, request.To, Centre: request.Centre.Length == 0 ? null : request.Centre), cancellationToken);
            document = DonorReportContent.Compose(request with { Title = request.Title!.Trim() }, figures, string.Join(", ", centres), now);
        }

        var pdf = renderer.Render(document);
        var report = new DonorReport(document.Title, request.Language, request.From!.Value, request.To!.Value, string.Join(", ", centres),
            document.DocumentId, pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)), user.UserName ?? "system", now.UtcDateTime);
        db.DonorReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }
}
