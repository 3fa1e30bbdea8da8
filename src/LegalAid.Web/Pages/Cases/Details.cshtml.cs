using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

/// <summary>The case file: details, deadlines, documents, referrals and the consultation timeline.</summary>
[RequestSizeLimit(UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
public sealed class DetailsModel(IMediator mediator) : CasePageModel(mediator)
{
    /// <summary>A little over the 10 MB a document may have, so an oversized file gets a clear message, not a 413.</summary>
    private const int UploadLimitBytes = 11 * 1024 * 1024;

    [BindProperty]
    public AddDeadline Deadline { get; set; } = new();

    [BindProperty]
    public ReferClient Referral { get; set; } = new();

    [BindProperty]
    public RecordReferralResult ReferralResult { get; set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    /// <summary>The case page itself shows an anonymised client's case, with what is left to do.</summary>
    protected override bool RecordsWork => false;

    /// <summary>Whether voided consultations, deadlines, documents and referrals show, struck through.</summary>
    [BindProperty(SupportsGet = true, Name = "voided")]
    public bool ShowVoided { get; set; }

    /// <summary>Whether the timeline shows every consultation, not only the latest.</summary>
    [BindProperty(SupportsGet = true, Name = "all")]
    public bool AllConsultations { get; set; }

    /// <summary>Whether the user came from a form that no longer applies to the case (see <see cref="CasePageModel.AppliesTo"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "notApplicable")]
    public bool FormNotApplicable { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAddDeadlineAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Deadline with { CaseId = Id }, _ => BackToCase(Done.DeadlineAdded, "deadlines"), cancellationToken, nameof(Deadline));

    public Task<IActionResult> OnPostCompleteDeadlineAsync(int deadlineId, int version, CancellationToken cancellationToken) =>
        SubmitAsync(new CompleteDeadline { CaseId = Id, DeadlineId = deadlineId, Version = version }, _ => BackToCase(Done.DeadlineCompleted, "deadlines"), cancellationToken);

    public Task<IActionResult> OnPostReopenDeadlineAsync(int deadlineId, int version, CancellationToken cancellationToken) =>
        SubmitAsync(new ReopenDeadline { CaseId = Id, DeadlineId = deadlineId, Version = version }, _ => BackToCase(Done.DeadlineReopened, "deadlines"), cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] content = [];
        if (file is { Length: > 0 and <= UploadLimitBytes })
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        return await SubmitAsync(new UploadDocument(Id, file?.FileName, content), _ => BackToCase(Done.DocumentUploaded, "documents"), cancellationToken, prefix: string.Empty);
    }

    public Task<IActionResult> OnPostReferAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Referral with { CaseId = Id }, _ => BackToCase(Done.ClientReferred, "referrals"), cancellationToken, nameof(Referral));

    public Task<IActionResult> OnPostReferralResultAsync(CancellationToken cancellationToken) =>
        SubmitAsync(ReferralResult with { CaseId = Id }, _ => BackToCase(Done.ReferralResultRecorded, "referrals"), cancellationToken, nameof(ReferralResult));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
    }

    protected override GetCase CaseRequest() => new(Id, ShowVoided, AllConsultations ? null : CaseFileQueries.ConsultationsShownFirst);
}
