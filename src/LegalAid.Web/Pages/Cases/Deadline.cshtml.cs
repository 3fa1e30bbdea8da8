using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>One deadline of the case, to correct (day, time, place...) or to void with a reason.</summary>
public sealed class DeadlineModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int DeadlineId { get; set; }

    [BindProperty]
    public EditDeadline Input { get; set; } = new();

    [BindProperty]
    public VoidDeadline Void { get; set; } = new();

    public DeadlineItem Deadline { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { CaseId = Id, DeadlineId = DeadlineId }, _ => BackToCase(Done.DeadlineCorrected, "deadlines"), cancellationToken);

    public Task<IActionResult> OnPostVoidAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Void with { CaseId = Id, DeadlineId = DeadlineId }, _ => BackAfterVoiding("deadlines"), cancellationToken, nameof(Void));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Deadline = Case.Deadlines.SingleOrDefault(d => d.Id == DeadlineId) ?? throw new NotFoundException(nameof(Deadline), DeadlineId);
        if (!Posted(nameof(Input)))
        {
            Input = EditDeadline.From(Id, Deadline);
        }

        if (!Posted(nameof(Void)))
        {
            Void = new VoidDeadline { Version = Deadline.Version };
        }
    }
}
