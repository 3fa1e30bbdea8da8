using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.ConfirmImportMappings;

/// <summary>
/// A coordinator confirms what the centre's own words mean ("трудовой спор" is unpaid wages): the mappings are kept for
/// the centre and apply to this file, which is checked again at once, and to every later one.
/// </summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record ConfirmImportMappings(int Id, IReadOnlyList<MappingConfirmation>? Mappings) : ICommand<ImportReport>;

/// <summary>The file's text and the item of the app's list it means (a category id, a channel's number, a staff member's id).</summary>
public sealed record MappingConfirmation(ImportValueKind Kind, string? Text, int TargetId);

public sealed class ConfirmImportMappingsValidator : AbstractValidator<ConfirmImportMappings>
{
    public ConfirmImportMappingsValidator()
    {
        RuleFor(c => c.Mappings).NotEmpty().WithMessage(_ => Messages.Required).FewValues();
        RuleForEach(c => c.Mappings).ChildRules(mapping =>
        {
            mapping.RuleFor(m => m.Kind).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
            mapping.RuleFor(m => m.Text).Required().FreeText(ImportMapping.TextMaxLength);
        });
    }
}

public sealed class ConfirmImportMappingsHandler(IApplicationDbContext db, ImportChecker checker, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ConfirmImportMappings, ImportReport>
{
    public async Task<ImportReport> Handle(ConfirmImportMappings request, CancellationToken cancellationToken)
    {
        var import = (await db.FindImportAsync(request.Id, cancellationToken)).Open();
        var vocabularies = await ImportVocabularies.LoadAsync(db, import.CentreId, cancellationToken);
        var existing = await db.ImportMappings.Where(m => m.CentreId == import.CentreId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = currentUser.UserName ?? string.Empty;
        foreach (var (mapping, i) in request.Mappings!.Select((m, i) => (m, i)))
        {
            if (!vocabularies.Of(mapping.Kind).Items.Any(item => item.Value == mapping.TargetId))
            {
                throw LegalAid.Application.Common.Exceptions.InvalidRequestException.For($"{nameof(request.Mappings)}[{i}].{nameof(mapping.TargetId)}", Messages.InvalidChoice);
            }

            var key = ImportMapping.KeyFor(mapping.Text!);
            if (existing.FirstOrDefault(m => m.Kind == mapping.Kind && m.SourceKey == key) is { } known)
            {
                known.Retarget(mapping.TargetId, by, now);
            }
            else
            {
                var added = new ImportMapping(import.CentreId, mapping.Kind, mapping.Text!, mapping.TargetId, by, now);
                existing.Add(added);
                db.ImportMappings.Add(added);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await checker.CheckAsync(import, cancellationToken);
    }
}
