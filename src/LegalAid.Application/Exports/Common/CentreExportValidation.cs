using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Exports.Common;

/// <summary>The filters every export of a centre's records takes: a period and a file format.</summary>
public interface ICentreExportFilter
{
    Application.Common.Models.ExportFormat Format { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }
}

public sealed class CentreExportFilterValidator : AbstractValidator<ICentreExportFilter>
{
    public CentreExportFilterValidator(TimeProvider clock)
    {
        RuleFor(f => f.Format).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
        this.Period(f => f.From, f => f.To, clock);
    }
}

public static class CentreExportRules
{
    /// <summary>A lawyer of the user's own centre, whose records its exports hold; a lawyer elsewhere or none at all is refused, not exported as an empty file.</summary>
    public static IRuleBuilderOptions<T, int?> LawyerOfOwnCentre<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db, ICurrentUser user) =>
        rule.MustAsync(async (id, ct) => id is null || await db.StaffMembers.AnyAsync(s => s.Id == id && s.CentreId == user.CentreId, ct))
            .WithMessage(_ => Messages.UnknownLawyerInFilter);

    public static IRuleBuilderOptions<T, int?> KnownCategory<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db) =>
        rule.MustAsync(async (id, ct) => id is null || await db.ProblemCategories.AnyAsync(c => c.Id == id, ct))
            .WithMessage(_ => Messages.UnknownCategory);
}
