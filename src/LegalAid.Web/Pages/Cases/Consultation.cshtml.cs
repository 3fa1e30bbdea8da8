using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>One consultation of the case, to correct or to void with a reason (its author or a coordinator).</summary>
public sealed class ConsultationModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int ConsultationId { get; set; }

    [BindProperty]
    public EditConsultation Input { get; set; } = new();

    [BindProperty]
    public VoidConsultation Void { get; set; } = new();

    public ConsultationItem Consultation { get; private set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        if (!Consultation.MayCorrect)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { CaseId = Id, ConsultationId = ConsultationId }, _ => BackToCase(Done.ConsultationCorrected, "timeline"), cancellationToken);

    public Task<IActionResult> OnPostVoidAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Void with { CaseId = Id, ConsultationId = ConsultationId }, _ => BackAfterVoiding("timeline"), cancellationToken, nameof(Void));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Consultation = Case.Consultations.SingleOrDefault(c => c.Id == ConsultationId)
            ?? throw new NotFoundException(nameof(Consultation), ConsultationId);
        if (!Posted(nameof(Input)))
        {
            Input = EditConsultation.From(Id, Consultation);
        }

        if (!Posted(nameof(Void)))
        {
            Void = new VoidConsultation { Version = Consultation.Version };
        }

        Lookups = await Mediator.Send(new GetLookups(ConsultationId: ConsultationId), cancellationToken);
    }
}
