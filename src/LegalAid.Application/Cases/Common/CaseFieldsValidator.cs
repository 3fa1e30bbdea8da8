using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Cases.Common;

/// <summary>A case's fields, for a new case or for <paramref name="caseId"/>, which keeps its categories though since deactivated.</summary>
public sealed class CaseFieldsValidator : AbstractValidator<CaseFields>
{
    public CaseFieldsValidator(IApplicationDbContext db, int? caseId = null)
    {
        RuleFor(c => c.PrimaryCategoryId).ExistingCategory(db, HeldCategories.OfCase(db, caseId));
        RuleFor(c => c.OtherCategoryIds).Cascade(CascadeMode.Stop).FewValues().ExistingCategories(db, HeldCategories.OfCase(db, caseId));
        RuleFor(c => c.Summary).FreeText(Case.SummaryMaxLength, multiline: true);
        RuleFor(c => c.OpposingPartyName).Name(OpposingParty.NameMaxLength);
        RuleFor(c => c.OpposingPartyKind).Must(k => k is null || Enum.IsDefined(k.Value)).WithChoiceMessage();
        RuleFor(c => c.AmountClaimed).Money();
    }
}
