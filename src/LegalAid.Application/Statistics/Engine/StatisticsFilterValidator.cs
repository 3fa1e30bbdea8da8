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
        RuleFor(s => s.Centre).FewValues()
            .Must(centres => user.CentreId is not { } own || centres is null || centres.All(centre => centre == own)).WithMessage(_ => Messages.StatisticsOfOwnCentreOnly);
        RuleFor(s => s.Citizenship).FewValues().Must(all => all is null || all.All(Citizenships.IsKnown)).WithMessage(_ => Messages.UnknownCitizenship);
        RuleFor(s => s.Sex).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.AgeBand).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.Category).FewValues();
        RuleFor(s => s.Channel).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.Lawyer).Cascade(CascadeMode.Stop).FewValues()
            .MustAsync(async (lawyers, ct) => user.CentreId is not { } own || lawyers is not { Length: > 0 }
                || await db.StaffMembers.CountAsync(m => lawyers.Contains(m.Id) && m.CentreId == own, ct) == lawyers.Distinct().Count())
            .WithMessage(_ => Messages.StatisticsOfOwnCentreOnly);
    }
}
