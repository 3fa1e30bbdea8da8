using System.Globalization;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Cases.GetCaseReport;

/// <summary>The case report for the case file or a court, in the current culture: who, what, every consultation, deadlines, documents and the outcome.</summary>
internal static class CaseReport
{
    public static ReportDocument Compose(CaseDto @case, CaseReportClient client, DateTimeOffset generatedAt)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(@case.CentreTimeZoneId);
        var title = Label.Format("Report.Case.Title", @case.Number);
        var consultations = @case.Consultations.OrderBy(c => c.HeldAtUtc).ThenBy(c => c.Id).ToList();
        var blocks = new List<ReportBlock>
        {
            new Title(title),
            new Paragraph(Label.Get("Report.Confidential"), Muted: true),
            new Heading(Label.Get("Report.Case.Client")),
            new KeyValues(Pairs(
                ("Report.Field.Name", @case.ClientFullName),
                ("Report.Field.LatinName", @case.ClientLatinName),
                client.BirthDate is { } born ? ("Report.Field.DateOfBirth", Date(born)) : ("Report.Field.BirthYear", client.BirthYear?.ToString(CultureInfo.InvariantCulture)),
                ("Report.Field.Citizenship", Label.Get($"Citizenship.{client.Citizenship}")),
                ("Report.Field.Sex", Label.Of(client.Sex)),
                ("Report.Field.Phone", ClientPhone.Display(client.Phone, client.Citizenship)))),
            new Heading(Label.Get("Report.Case.Case")),
            new KeyValues(Pairs(
                ("Report.Field.Number", @case.Number),
                ("Report.Field.Centre", @case.CentreName.ToString()),
                ("Report.Field.Lawyer", @case.AssignedLawyerFullName),
                ("Report.Field.OpenedOn", Date(@case.OpenedOn)),
                ("Report.Field.Status", Label.Of(@case.Status)),
                ("Report.Field.PrimaryCategory", @case.PrimaryCategory.ToString()),
                ("Report.Field.OtherCategories", @case.OtherCategories.Count == 0 ? null : string.Join(", ", @case.OtherCategories)),
                ("Report.Field.OpposingParty", @case.OpposingPartyName),
                ("Report.Field.AmountClaimed", @case.AmountClaimed is { } claimed ? Units.Roubles(claimed, 2) : null))),
        };
        if (!string.IsNullOrWhiteSpace(@case.Summary))
        {
            blocks.Add(new Paragraph(@case.Summary));
        }

        blocks.Add(new Heading(Label.Get("Report.Case.Consultations")));
        blocks.Add(consultations.Count == 0 ? new Paragraph(Label.Get("Report.Case.None")) : new Table(
            [new("№", 0.35, Numeric: true), new(Label.Get("Report.Field.DateTime"), 1.1), new(Label.Get("Report.Field.Channel"), 1.2), new(Label.Get("Report.Field.Lawyer"), 1.4),
             new(Label.Get("Report.Field.Problems"), 1.9), new(Label.Get("Report.Field.Actions"), 1.9), new(Label.Get("Report.Field.FollowUp"), 1.35)],
            consultations.Select((c, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.CurrentCulture),
                c.HeldAtLocal.ToString("g", CultureInfo.CurrentCulture),
                Label.Of(c.Channel) + " · " + Label.Format("Report.Field.Minutes", c.DurationMinutes),
                c.LawyerFullName,
                string.Join(", ", c.Categories),
                string.Join(", ", c.Actions.Select(Label.Of)),
                c.FollowUpOn is { } next ? Date(next) : string.Empty,
            ]).ToList()));

        var notes = consultations.Select((c, i) => (Number: i + 1, c)).Where(n => !string.IsNullOrWhiteSpace(n.c.Summary)).ToList();
        if (notes.Count > 0)
        {
            blocks.Add(new Heading(Label.Get("Report.Case.ConsultationNotes"), 2));
            blocks.AddRange(notes.Select(n => new Paragraph($"№ {n.Number} · {n.c.HeldAtLocal.ToString("d", CultureInfo.CurrentCulture)}: {n.c.Summary}")));
        }

        blocks.Add(new Heading(Label.Get("Report.Case.Deadlines")));
        blocks.Add(@case.Deadlines.Count == 0 ? new Paragraph(Label.Get("Report.Case.None")) : new Table(
            [new(Label.Get("Report.Field.Type"), 1.4), new(Label.Get("Report.Field.DueOn"), 1.1), new(Label.Get("Report.Field.Place"), 1.8),
             new(Label.Get("Report.Field.Status"), 1.2), new(Label.Get("Report.Field.Note"), 2.2)],
            @case.Deadlines.OrderBy(d => d.DueOn).ThenBy(d => d.DueAt).Select(d => (IReadOnlyList<string>)
            [
                Label.OfDeadline(d.Type, d.IsFollowUp),
                // A no-break space: a narrow column wraps elsewhere, never between a hearing's day and its time.
                Date(d.DueOn) + (d.DueAt is { } at ? "\u00A0" + at.ToString("t", CultureInfo.CurrentCulture) : string.Empty),
                d.Place ?? string.Empty,
                d.IsDone ? Label.Format("Report.Deadline.Done", d.DoneOn is { } done ? Date(done) : string.Empty)
                    : d.IsOverdue ? Label.Get("Report.Deadline.Overdue") : Label.Get("Report.Deadline.Pending"),
                d.Note ?? string.Empty,
            ]).ToList()));

        blocks.Add(new Heading(Label.Get("Report.Case.Documents")));
        blocks.Add(@case.Documents.Count == 0 ? new Paragraph(Label.Get("Report.Case.None")) : new Table(
            [new(Label.Get("Report.Field.File"), 3), new(Label.Get("Report.Field.Size"), 1, Numeric: true), new(Label.Get("Report.Field.Uploaded"), 1.5)],
            @case.Documents.Select(d => (IReadOnlyList<string>)
            [
                d.FileName,
                Units.FileSize(d.SizeBytes),
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(d.UploadedAtUtc, DateTimeKind.Utc), zone).ToString("g", CultureInfo.CurrentCulture),
            ]).ToList()));

        if (@case.Referrals.Count > 0)
        {
            blocks.Add(new Heading(Label.Get("Report.Case.Referrals")));
            blocks.Add(new Table(
                [new(Label.Get("Report.Field.Partner"), 2.5), new(Label.Get("Report.Field.Date"), 1), new(Label.Get("Report.Field.Result"), 1.3), new(Label.Get("Report.Field.Note"), 2.5)],
                @case.Referrals.OrderBy(r => r.ReferredOn).Select(r => (IReadOnlyList<string>)
                    [r.PartnerName.ToString(), Date(r.ReferredOn), Label.Of(r.Result) + (r.ResultOn is { } on ? " · " + Date(on) : string.Empty) + (r.ResultNote is { } said ? ": " + said : string.Empty), r.Note ?? string.Empty]).ToList()));
        }

        blocks.Add(new Heading(Label.Get("Report.Case.History")));
        blocks.Add(new Table(
            [new(Label.Get("Report.Field.Date"), 1), new(Label.Get("Report.Field.Status"), 1.4), new(Label.Get("Report.Field.Outcome"), 1.8), new(Label.Get("Report.Field.By"), 1.6), new(Label.Get("Report.Field.Note"), 2.0)],
            @case.History.Select(h => (IReadOnlyList<string>)
                [Date(h.EffectiveOn), h.IsReopening ? Label.Get("CaseHistory.Reopened") : Label.Of(h.Status), h.Outcome is { } o ? Label.Of(o) : string.Empty, h.ByStaffMemberFullName ?? string.Empty, h.Note ?? string.Empty]).ToList()));

        blocks.Add(new Heading(Label.Get("Report.Case.Outcome")));
        blocks.Add(new KeyValues(Pairs(
            ("Report.Field.Status", Label.Of(@case.Status)),
            ("Report.Field.Outcome", @case.Outcome is { } outcome ? Label.Of(outcome) : null),
            ("Report.Field.ClosedOn", @case.ClosedOn is { } closed ? Date(closed) : null),
            ("Report.Field.AmountRecovered", Units.Roubles(@case.AmountRecovered, 2)))));

        return ReportDocument.Create(title, @case.ClientFullName, generatedAt, zone, blocks);
    }

    private static List<KeyValuePair<string, string>> Pairs(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create(Label.Get(p.Key), p.Value!)).ToList();

    private static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

}
