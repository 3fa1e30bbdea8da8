using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Centres;
using MediatR;

namespace LegalAid.Application.Administration.UpdateCentre;

/// <summary>Corrects a centre's names (Russian, Kyrgyz, English) and address (its code and time zone are fixed).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record UpdateCentre : ICommand<Unit>
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? NameKy { get; init; }

    public string? NameEn { get; init; }

    public string? Address { get; init; }
}

public sealed class UpdateCentreValidator : AbstractValidator<UpdateCentre>
{
    public UpdateCentreValidator()
    {
        RuleFor(c => c.Name).Required().Name(Centre.NameMaxLength);
        RuleFor(c => c.NameKy).Required().Name(Centre.NameMaxLength);
        RuleFor(c => c.NameEn).Required().Name(Centre.NameMaxLength);
        RuleFor(c => c.Address).Required().FreeText(400);
    }
}

public sealed class UpdateCentreHandler(IApplicationDbContext db) : IRequestHandler<UpdateCentre, Unit>
{
    public async Task<Unit> Handle(UpdateCentre request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException(nameof(Centre), request.Id);
        centre.Describe(request.Name!, request.NameKy!, request.NameEn!, request.Address!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
