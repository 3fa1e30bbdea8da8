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
    public static void Read(ReadOnlySpan<byte> data, DateOnly from, DateOnly to, int? centreId, List<ConsultationFact> consultations, SlicedIds categoryIds)
    {
        var reader = new PackReader(data);
        var (first, last) = (from.DayNumber, to.DayNumber);
        while (!reader.AtEnd)
        {
            var (id, day, centre, client, @case, lawyer, channel, actions) =
                (reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt());
            var wanted = day >= first && day <= last && (centreId is null || centre == centreId);
            var count = reader.ReadInt();
            if (!wanted)
            {
                for (; count > 0; count--)
                {
                    reader.ReadInt();
                }

                continue;
            }

            var categories = categoryIds.Take(count);
            for (var i = 0; i < count; i++)
            {
                categories.Span[i] = reader.ReadInt();
            }

            consultations.Add(new ConsultationFact(id, DateOnly.FromDayNumber(day), centre, client, @case, lawyer, (ConsultationChannel)channel, (ConsultationActions)actions, categories));
        }
    }
}
