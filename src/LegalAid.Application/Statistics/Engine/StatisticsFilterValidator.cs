using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Statistics.Engine;

public sealed class StatisticsFilterValidator : AbstractValidator<StatisticsFilter>
{
    public StatisticsFilterValidator(TimeProvider clock)
    {
        Include(new StatisticsPeriodValidator(clock));
        RuleFor(s => s.Centre).FewValues();
        RuleFor(s => s.Citizenship).FewValues().Must(all => all is null || all.All(Citizenships.IsKnown)).WithMessage(_ => Messages.UnknownCitizenship);
        RuleFor(s => s.Sex).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.AgeBand).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.Category).FewValues();
        RuleFor(s => s.Channel).FewValues().Must(all => all is null || all.All(Enum.IsDefined)).WithChoiceMessage();
        RuleFor(s => s.Lawyer).FewValues();
    }
}
