using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Centres;
using MediatR;

namespace LegalAid.Application.Administration.UpdateCentre;

/// <summary>
/// Corrects a centre's names (Russian, Kyrgyz, English) and address (its code and time zone are fixed);
/// <see cref="Version"/> is the version the administrator loaded.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record UpdateCentre : ICommand<Unit>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string? Name { get; init; }

    public string? NameKy { get; init; }

    public string? NameEn { get; init; }

    public string? Address { get; init; }
}

public sealed class UpdateCentreValidator : AbstractValidator<UpdateCentre>
{
    public UpdateCentreValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop).Required().Name(Centre.NameMaxLength).NotTakenIn(db.Centres, c => c.Name, c => c.Id);
        RuleFor(c => c.NameKy).Cascade(CascadeMode.Stop).Required().Name(Centre.NameMaxLength).NotTakenIn(db.Centres, c => c.NameKy, c => c.Id);
        RuleFor(c => c.NameEn).Cascade(CascadeMode.Stop).Required().Name(Centre.NameMaxLength).NotTakenIn(db.Centres, c => c.NameEn, c => c.Id);
        RuleFor(c => c.Address).Required().FreeText(400);
    }
}

public sealed class UpdateCentreHandler(IApplicationDbContext db) : IRequestHandler<UpdateCentre, Unit>
{
    public async Task<Unit> Handle(UpdateCentre request, CancellationToken cancellationToken)
    {
        var centre = (await db.Centres.FindAsync([request.Id], cancellationToken)).ExpectVersion(request.Id, request.Version);
        centre.Describe(request.Name!, request.NameKy!, request.NameEn!, request.Address!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
