using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// The consultations held in one month, voided ones left out, every centre's: each with its date, centre, client, case,
/// lawyer, channel, actions and categories.
/// </summary>
internal static class ConsultationPack
{
    /// <summary>
    /// About the bytes a consultation takes in a pack once ids run into the hundreds of thousands (17.9 on the million-row
    /// file): enough to size the columns for a window at once, and more room is made when ids are smaller.
    /// </summary>
    public const int TypicalBytes = 16;

    public static async Task<byte[]> BuildAsync(IApplicationDbContext db, PackSegment month, CancellationToken cancellationToken)
    {
        var (from, to) = (month.MonthStart, month.MonthStart.AddMonths(1).AddDays(-1));
        var rows = await db.Consultations.AsNoTracking().IgnoreQueryFilters(QueryFilters.CentreScopeOnly)
            .Where(c => c.HeldOn >= from && c.HeldOn <= to)
            .SelectMany(c => c.Categories.Select(k => (int?)k.ProblemCategoryId).DefaultIfEmpty(),
                (c, categoryId) => new { c.Id, c.HeldOn, c.CentreId, c.ClientId, c.CaseId, c.LawyerId, c.Channel, c.Actions, CategoryId = categoryId })
            .ToListAsync(cancellationToken);
        var pack = new PackWriter();
        foreach (var consultation in rows.GroupBy(r => r.Id).OrderBy(g => g.First().HeldOn).ThenBy(g => g.Key))
        {
            var c = consultation.First();
            pack.Write(c.Id);
            pack.Write(c.HeldOn.DayNumber);
            pack.Write(c.CentreId);
            pack.Write(c.ClientId);
            pack.Write(c.CaseId);
            pack.Write(c.LawyerId);
            pack.Write((int)c.Channel);
            pack.Write((int)c.Actions);
            var categories = consultation.Where(r => r.CategoryId != null).Select(r => r.CategoryId!.Value).ToList();
            pack.Write(categories.Count);
            categories.ForEach(id => pack.Write(id));
        }

        return pack.ToArray();
    }

    /// <summary>Adds the pack's consultations held from <paramref name="from"/> to <paramref name="to"/> (at one centre, when given).</summary>
    public static void Read(ReadOnlySpan<byte> data, DateOnly from, DateOnly to, int? centreId, ConsultationColumns consultations)
    {
        var reader = new PackReader(data);
        var (first, last) = (from.DayNumber, to.DayNumber);
        while (!reader.AtEnd)
        {
            var (_, day, centre, client, @case, lawyer, channel, actions) =
                (reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt());
            var wanted = day >= first && day <= last && (centreId is null || centre == centreId);
            if (wanted)
            {
                consultations.Add(DateOnly.FromDayNumber(day), centre, client, @case, lawyer, (ConsultationChannel)channel, (ConsultationActions)actions);
            }

            for (var count = reader.ReadInt(); count > 0; count--)
            {
                var categoryId = reader.ReadInt();
                if (wanted)
                {
                    consultations.AddCategory(categoryId);
                }
            }
        }
    }
}
