using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;

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
