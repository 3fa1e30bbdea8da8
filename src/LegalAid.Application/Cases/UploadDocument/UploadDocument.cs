using System.Security.Cryptography;
using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.UploadDocument;

/// <summary>Keeps a PDF, JPEG, PNG or DOCX file (at most 10 MB, type checked by content, named with its type's extension) with a case.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record UploadDocument(int CaseId, string? FileName, ReadOnlyMemory<byte> Content) : IIdempotentCommand<int>, ICaseChange;

public sealed class UploadDocumentValidator : AbstractValidator<UploadDocument>
{
    public UploadDocumentValidator()
    {
        RuleFor(d => d.Content.Length).Cascade(CascadeMode.Stop)
            .Must((document, length) => length > 0 || document.FileName is not null).WithMessage(_ => Messages.FileNotChosen)
            .InclusiveBetween(1, (int)CaseDocument.MaxSizeBytes).WithMessage(_ => Messages.FileTooLarge)
            .OverridePropertyName("File");
        // The file's name is part of the file chosen, so what is wrong with it is said of the file, and says it is the name.
        RuleFor(d => d.FileName).Cascade(CascadeMode.Stop)
            .Must(name => name is null || name.Trim().Length <= CaseDocument.FileNameMaxLength)
            .WithMessage(_ => Messages.FileNameTooLong.Replace("{MaxLength}", CaseDocument.FileNameMaxLength.ToString(Messages.Culture), StringComparison.Ordinal))
            .Required().Name(CaseDocument.FileNameMaxLength)
            .When(d => d.FileName is not null || d.Content.Length > 0)
            .OverridePropertyName("File");
        RuleFor(d => d.Content).Cascade(CascadeMode.Stop)
            .Must(content => DocumentFormats.Detect(content) is not null).WithMessage(_ => Messages.FileTypeNotAllowed)
            .Must(content => DocumentFormats.Detect(content) != DocumentFormats.Docx || WordDocumentSafety.HasPlausibleSize(content))
            .WithMessage(_ => Messages.DocumentTooLargeUnpacked
                .Replace("{MaxMegabytes}", (WordDocumentSafety.MaxUnpackedBytes / (1024 * 1024)).ToString(Messages.Culture), StringComparison.Ordinal)
                .Replace("{MaxRatio}", WordDocumentSafety.MaxCompressionRatio.ToString(Messages.Culture), StringComparison.Ordinal))
            .Must(content => DocumentFormats.Detect(content) != DocumentFormats.Docx || !WordDocumentSafety.HasActiveContent(content))
            .WithMessage(_ => Messages.DocumentHasMacros)
            .When(d => d.Content.Length > 0)
            .OverridePropertyName("File");
    }
}

public sealed class UploadDocumentHandler(IApplicationDbContext db, IActorContext actors, IDocumentStore store) : IRequestHandler<UploadDocument, int>
{
    public async Task<int> Handle(UploadDocument request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var key = Guid.NewGuid().ToString("N");
        var contentType = DocumentFormats.Detect(request.Content)!;
        var document = @case.AttachDocument(
            DocumentFormats.NameOf(Path.GetFileName(request.FileName!.Trim()), contentType, CaseDocument.FileNameMaxLength),
            contentType,
            request.Content.Length,
            key,
            Convert.ToHexString(SHA256.HashData(request.Content.Span)),
            actors.At(@case.Centre));

        await store.SaveAsync(key, request.Content, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            store.Delete(key);
            throw;
        }

        return document.Id;
    }
}
