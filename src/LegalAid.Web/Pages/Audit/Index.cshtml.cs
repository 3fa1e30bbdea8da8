using System.Globalization;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Audit.ExportAuditEntries;
using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Audit.GetDenialAlerts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Audit;

public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>Bound from the plain query string, so a filtered trail can be bookmarked or exported.</summary>
    [BindProperty(SupportsGet = true)]
    public FindAuditEntries Filter { get; set; } = new();

    public AuditTrailPage? Results { get; private set; }

    public IReadOnlyList<DenialAlert> Alerts { get; private set; } = [];

    public Dictionary<string, string> FilterRoute => new Dictionary<string, string?>
    {
        ["user"] = Filter.User,
        ["entityType"] = Filter.EntityType,
        ["entityId"] = Filter.EntityId,
        ["action"] = Filter.Action?.ToString(),
        ["from"] = Filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = Filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(Filter, results => Results = results, cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Alerts = await Mediator.Send(new GetDenialAlerts(), cancellationToken);

    /// <summary>The CSV file; a refused filter shows the page with the errors instead.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var f = Filter;
        return SubmitAsync(new ExportAuditEntries(f.User, f.EntityType, f.EntityId, f.Action, f.From, f.To),
            file => File(file.Content, file.ContentType, file.FileName), cancellationToken, nameof(Filter));
    }
}
