using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

public sealed class LogConsultationModel(IMediator mediator, ICurrentUser user) : CasePageModel(mediator)
{
    [BindProperty]
    public LogConsultation Input { get; set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    protected override CaseStatus? AppliesTo => CaseStatus.Open;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        // What the lawyer has not chosen stays empty (an untouched form saves nothing); the case implies when and the
        // problem, and who held it is whoever of the centre's staff is logging it, else the case's lawyer.
        var loggedByStaff = Lookups.Lawyers.Any(l => l.Id == user.StaffMemberId && l.CentreId == Case.CentreId);
        Input = new LogConsultation
        {
            HeldAt = Case.CentreNow,
            LawyerId = loggedByStaff ? user.StaffMemberId : Case.AssignedLawyerId,
            CategoryIds = [Case.PrimaryCategoryId],
        };
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { CaseId = Id }, _ => BackToCase(Done.ConsultationLogged), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
    }
}
