using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.PreviewErasure;

/// <summary>
/// What an administrator checks before erasing a client, by the number a lawyer gave them: the centre, when the client
/// was registered and their cases' numbers, never anything that names the person.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record PreviewErasure(int ClientId) : IRequest<ErasurePreview>;

public sealed record ErasurePreview
{
    public int Id { get; init; }

    public int CentreId { get; init; }

    public string CentreCode { get; init; } = string.Empty;

    public DateTime RegisteredAtUtc { get; init; }

    /// <summary>The day of registration at the client's centre.</summary>
    public DateOnly RegisteredOn { get; init; }

    public DateOnly ConsentGivenOn { get; init; }

    public DateOnly? ConsentWithdrawnOn { get; init; }

    public DateOnly? AnonymisedOn { get; init; }

    public IReadOnlyList<string> CaseNumbers { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Client, ErasurePreview>()
                .ForMember(d => d.ConsentGivenOn, o => o.MapFrom(s => s.Consent.GivenOn))
                .ForMember(d => d.RegisteredOn, o => o.Ignore())
                .ForMember(d => d.CaseNumbers, o => o.Ignore());
    }
}

public sealed class PreviewErasureValidator : AbstractValidator<PreviewErasure>
{
    public PreviewErasureValidator(IApplicationDbContext db) =>
        RuleFor(p => p.ClientId).Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessage(_ => Messages.ClientNumberExpected)
            .MustAsync((id, ct) => db.Clients.AnyAsync(c => c.Id == id, ct)).WithMessage(p => string.Format(CultureInfo.CurrentCulture, Messages.NoClientNumbered, p.ClientId));
}

public sealed class PreviewErasureHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<PreviewErasure, ErasurePreview>
{
    public async Task<ErasurePreview> Handle(PreviewErasure request, CancellationToken cancellationToken)
    {
        var preview = await db.Clients.Where(c => c.Id == request.ClientId).ProjectTo<ErasurePreview>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Client), request.ClientId);
        var cases = await db.Cases.Where(c => c.ClientId == request.ClientId).OrderBy(c => c.OpenedOn).Select(c => c.Number).ToListAsync(cancellationToken);
        var centre = await db.Centres.SingleAsync(c => c.Id == preview.CentreId, cancellationToken);
        return preview with { RegisteredOn = centre.LocalDate(preview.RegisteredAtUtc), CaseNumbers = cases };
    }
}
