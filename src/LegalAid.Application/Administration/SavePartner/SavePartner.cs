using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;
using LegalAid.Domain.Partners;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.SavePartner;

/// <summary>Adds a partner (no <see cref="Id"/>) or changes one; partners are deactivated, never deleted.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record SavePartner : ICommand<int>
{
    public int? Id { get; init; }

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
        RuleFor(p => p.Name).Cascade(CascadeMode.Stop).Required().Name(PartnerOrganisation.NameMaxLength)
            .MustAsync(async (partner, name, ct) => !await db.PartnerOrganisations.AnyAsync(p => p.Name == Text.Normalize(name!) && p.Id != partner.Id, ct))
            .WithMessage(_ => Messages.PartnerNameTaken);
        RuleFor(p => p.NameKy).Required().Name(PartnerOrganisation.NameMaxLength);
        RuleFor(p => p.NameEn).Required().Name(PartnerOrganisation.NameMaxLength);
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
            partner = await db.PartnerOrganisations.FindAsync([id], cancellationToken) ?? throw new NotFoundException(nameof(PartnerOrganisation), id);
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
