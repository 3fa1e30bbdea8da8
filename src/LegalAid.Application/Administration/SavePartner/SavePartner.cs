using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Partners;
using MediatR;

namespace LegalAid.Application.Administration.SavePartner;

/// <summary>
/// Adds a partner (no <see cref="Id"/>) or changes one at the <see cref="Version"/> the administrator loaded; partners
/// are deactivated, never deleted.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record SavePartner : ICommand<int>
{
    public int? Id { get; init; }

    public int Version { get; init; }

    /// <summary>The name in Russian; unique.</summary>
    public string? Name { get; init; }

    public string? NameKy { get; init; }

    public string? NameEn { get; init; }

    public string? Contact { get; init; }

    public bool IsActive { get; init; } = true;
}

public sealed class SavePartnerValidator : AbstractValidator<SavePartner>
{
    public SavePartnerValidator(IApplicationDbContext db)
    {
        RuleFor(p => p.Name).Cascade(CascadeMode.Stop).Required().Name(PartnerOrganisation.NameMaxLength).NotTakenIn(db.PartnerOrganisations, p => p.Name, p => p.Id);
        RuleFor(p => p.NameKy).Cascade(CascadeMode.Stop).Required().Name(PartnerOrganisation.NameMaxLength).NotTakenIn(db.PartnerOrganisations, p => p.NameKy, p => p.Id);
        RuleFor(p => p.NameEn).Cascade(CascadeMode.Stop).Required().Name(PartnerOrganisation.NameMaxLength).NotTakenIn(db.PartnerOrganisations, p => p.NameEn, p => p.Id);
        RuleFor(p => p.Contact).FreeText(400);
    }
}

public sealed class SavePartnerHandler(IApplicationDbContext db) : IRequestHandler<SavePartner, int>
{
    public async Task<int> Handle(SavePartner request, CancellationToken cancellationToken)
    {
        PartnerOrganisation partner;
        if (request.Id is { } id)
        {
            partner = (await db.PartnerOrganisations.FindAsync([id], cancellationToken)).ExpectVersion(id, request.Version);
            partner.Update(request.Name!, request.NameKy!, request.NameEn!, request.Contact, request.IsActive);
        }
        else
        {
            partner = new PartnerOrganisation(request.Name!, request.NameKy!, request.NameEn!, request.Contact);
            db.PartnerOrganisations.Add(partner);
        }

        await db.SaveChangesAsync(cancellationToken);
        return partner.Id;
    }
}
