using LegalAid.Application.Administration.ListCategories;
using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Common.Models;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

public sealed class CategoriesModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public SaveCategory Input { get; set; } = new();

    public IReadOnlyList<CategoryDetails> Categories { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, _ => RedirectAfter(Done.Saved, subject: LocalisedName.Of(Input.NameRu, Input.NameKy, Input.NameEn).ToString()), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Categories = await Mediator.Send(new ListCategories(), cancellationToken);
}
