using System.Security.Cryptography;
using FluentValidation;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.UploadImport;

/// <summary>
/// Keeps a spreadsheet to import into a centre: a coordinator's own centre (the page), or any centre for an
/// administrator (the console operator's <c>import</c> command). Nothing is read from it yet; checking it comes next.
/// </summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record UploadImport(string? FileName, byte[]? Content, int? CentreId = null) : IIdempotentCommand<int>;

public sealed class UploadImportValidator : AbstractValidator<UploadImport>
{
    private static readonly string[] Extensions = [".csv", ".txt", ".xlsx"];

    public UploadImportValidator(IApplicationDbContext db, ICurrentUser currentUser)
    {
        RuleFor(u => u.Content).Cascade(CascadeMode.Stop)
            .Must((upload, content) => content is { Length: > 0 } || upload.FileName is not null).WithMessage(_ => Messages.FileNotChosen)
            .Must(content => content is { Length: > 0 and <= DataImport.MaxFileBytes }).WithMessage(_ => Messages.ImportFileSize);
        RuleFor(u => u.FileName).Required().Name(DataImport.FileNameMaxLength)
            .Must(name => name is null || Extensions.Contains(Path.GetExtension(name).ToLowerInvariant())).WithMessage(_ => Messages.ImportFileType)
            .When(u => u.FileName is not null || u.Content is { Length: > 0 });
        // Left empty, it is the user's own centre (see RegisterClientValidator).
        RuleFor(u => u.CentreId).NotNull().WithMessage(_ => Messages.Required).When(_ => currentUser.CentreId is null)
            .Must(id => id is null || currentUser.CentreId is null || id == currentUser.CentreId).WithMessage(_ => Messages.OwnCentreOnly)
            .ExistingCentre(db).When(u => u.CentreId is not null, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class UploadImportHandler(IApplicationDbContext db, ICurrentUser currentUser, IAuditTrail audit, TimeProvider clock) : IRequestHandler<UploadImport, int>
{
    public async Task<int> Handle(UploadImport request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == (request.CentreId ?? currentUser.CentreId), cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content!));
        var import = new DataImport(centre.Id, Path.GetFileName(request.FileName!), request.Content!, sha256, currentUser.UserName ?? string.Empty, clock.GetUtcNow().UtcDateTime);
        db.DataImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Created, nameof(DataImport), import.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"file={KeptPairValue.Escape(import.FileName)}; bytes={import.SizeBytes}; sha256={sha256}; centre={centre.Code}", CentreId: centre.Id),
            cancellationToken);
        return import.Id;
    }
}
