using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Centres;
using MediatR;

namespace LegalAid.Application.Administration.UpdateCentre;

/// <summary>Corrects a centre's name and address (its code and time zone are fixed).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record UpdateCentre : ICommand<Unit>
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? Address { get; init; }
}

public sealed class UpdateCentreValidator : AbstractValidator<UpdateCentre>
{
    public UpdateCentreValidator()
    {
        RuleFor(c => c.Name).Required().Name(200);
        RuleFor(c => c.Address).Required().FreeText(400);
    }
}

public sealed class UpdateCentreHandler(IApplicationDbContext db) : IRequestHandler<UpdateCentre, Unit>
{
    public async Task<Unit> Handle(UpdateCentre request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException(nameof(Centre), request.Id);
        centre.Describe(request.Name!, request.Address!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
