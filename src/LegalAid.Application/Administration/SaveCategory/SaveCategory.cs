using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Taxonomy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.SaveCategory;

/// <summary>
/// Adds a category (no <see cref="Id"/>) or changes one at the <see cref="Version"/> the administrator loaded;
/// categories are never deleted, only deactivated.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record SaveCategory : ICommand<int>
{
    public int? Id { get; init; }

    public int Version { get; init; }

    public string? Code { get; init; }

    public string? NameRu { get; init; }

    public string? NameKy { get; init; }

    public string? NameEn { get; init; }

    public int? SortOrder { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class SaveCategoryValidator : AbstractValidator<SaveCategory>
{
    public SaveCategoryValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Code).Required().FreeText(ProblemCategory.CodeMaxLength)
            .Matches("^[a-z0-9-]*$").WithMessage(_ => Messages.InvalidCategoryCode)
            .MustAsync(async (category, code, ct) => !await db.ProblemCategories.AnyAsync(c => c.Code == code && c.Id != category.Id, ct))
            .WithMessage(_ => Messages.CategoryCodeTaken);
        RuleFor(c => c.NameRu).Cascade(CascadeMode.Stop).Required().Name(ProblemCategory.NameMaxLength).NotTakenIn(db.ProblemCategories, c => c.NameRu, c => c.Id);
        RuleFor(c => c.NameKy).Cascade(CascadeMode.Stop).Required().Name(ProblemCategory.NameMaxLength).NotTakenIn(db.ProblemCategories, c => c.NameKy, c => c.Id);
        RuleFor(c => c.NameEn).Cascade(CascadeMode.Stop).Required().Name(ProblemCategory.NameMaxLength).NotTakenIn(db.ProblemCategories, c => c.NameEn, c => c.Id);
        RuleFor(c => c.SortOrder).NotNull().WithRequiredMessage();
    }
}

public sealed class SaveCategoryHandler(IApplicationDbContext db) : IRequestHandler<SaveCategory, int>
{
    public async Task<int> Handle(SaveCategory request, CancellationToken cancellationToken)
    {
        ProblemCategory category;
        if (request.Id is { } id)
        {
            category = (await db.ProblemCategories.FindAsync([id], cancellationToken)).ExpectVersion(id, request.Version);
            category.Rename(request.NameRu!, request.NameKy!, request.NameEn!);
            category.Reorder(request.SortOrder!.Value);
            category.SetActive(request.IsActive);
        }
        else
        {
            category = new ProblemCategory(0, request.Code!, request.NameRu!, request.NameKy!, request.NameEn!, request.SortOrder!.Value);
            db.ProblemCategories.Add(category);
        }

        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }
}
