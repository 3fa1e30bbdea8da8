using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.Engine;

public sealed class StatisticsFilterValidator : AbstractValidator<StatisticsFilter>
{
    public StatisticsFilterValidator(TimeProvider clock, ICurrentUser user, IApplicationDbContext db)
    {
        Include(new StatisticsPeriodValidator(clock));
        // A reader scoped to a centre counts only its records: another centre's column, or its lawyer's, would read as
        // "nothing happened".
        RuleFor(s => s.Centre).Cascade(CascadeMode.Stop).FewValues()
            .Must(centres => user.CentreId is not { } own || centres is null || centres.All(centre => centre == own)).WithMessage(_ => Messages.StatisticsOfOwnCentreOnly)
            .MustAsync(async (centres, ct) => await AllExistAsync(db.Centres.Select(c => c.Id), centres, ct)).WithMessage(_ => Messages.UnknownCentre);
        RuleFor(s => s.Citizenship).FewValues().Must(all => all is null || all.All(Citizenships.IsKnown)).WithMessage(_ => Messages.UnknownCitizenship);
        RuleFor(s => s.Sex).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.AgeBand).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        // A category deactivated since still counts what was recorded under it.
        RuleFor(s => s.Category).Cascade(CascadeMode.Stop).FewValues()
            .MustAsync(async (categories, ct) => await AllExistAsync(db.ProblemCategories.Select(c => c.Id), categories, ct)).WithMessage(_ => Messages.UnknownCategory);
        RuleFor(s => s.Channel).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.Lawyer).Cascade(CascadeMode.Stop).FewValues()
            .MustAsync(async (lawyers, ct) => user.CentreId is not { } own || lawyers is not { Length: > 0 }
                || await db.StaffMembers.CountAsync(m => lawyers.Contains(m.Id) && m.CentreId == own, ct) == lawyers.Distinct().Count())
            .WithMessage(_ => Messages.StatisticsOfOwnCentreOnly)
            .MustAsync(async (lawyers, ct) => await AllExistAsync(db.StaffMembers.Select(m => m.Id), lawyers, ct)).WithMessage(_ => Messages.UnknownLawyerInFilter);
    }

    /// <summary>An id no record has would filter everything out and read as "nothing happened".</summary>
    private static async Task<bool> AllExistAsync(IQueryable<int> known, int[]? ids, CancellationToken cancellationToken) =>
        ids is not { Length: > 0 } || await known.CountAsync(id => ids.Contains(id), cancellationToken) == ids.Distinct().Count();
}
