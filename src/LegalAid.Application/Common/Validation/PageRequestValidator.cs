using FluentValidation;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Validation;

public sealed class PageRequestValidator : AbstractValidator<IPageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(p => p.PageNumber).InclusiveBetween(1, IPageRequest.MaxPageNumber).WithMessage(_ => Messages.InvalidPaging);
        RuleFor(p => p.PageSize).InclusiveBetween(1, IPageRequest.MaxPageSize).WithMessage(_ => Messages.InvalidPaging);
    }
}
