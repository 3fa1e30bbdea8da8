using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// A block of cases by id, every centre's: each with what the indicators read of it, its other categories, its whole
/// status history and its referrals (voided ones left out).
/// </summary>
internal static class CasePack
{
    public static async Task<byte[]> BuildAsync(IApplicationDbContext db, PackSegment block, CancellationToken cancellationToken)
    {
        var (first, next) = (block.FirstId, block.FirstId + PackSegment.BlockSize);
        var inBlock = db.Cases.AsNoTracking().IgnoreQueryFilters().Where(c => c.Id >= first && c.Id < next);
        var cases = await inBlock.OrderBy(c => c.Id)
            .Select(c => new { Fact = new CaseFact(c.Id, c.ClientId, c.CentreId, c.AssignedLawyerId, c.OpenedOn, c.PrimaryCategoryId, c.Outcome, c.AmountRecovered.MinorUnits), c.Status, c.ClosedOn })
            .ToListAsync(cancellationToken);
        var categories = (await inBlock.SelectMany(c => c.OtherCategories, (c, k) => new { c.Id, k.ProblemCategoryId }).ToListAsync(cancellationToken))
            .ToLookup(k => k.Id, k => k.ProblemCategoryId);
        var history = (await inBlock.SelectMany(c => c.History, (c, h) => new { CaseId = c.Id, h.Id, h.Status, h.EffectiveOn, h.Outcome }).ToListAsync(cancellationToken))
            .ToLookup(h => h.CaseId);
        var referrals = (await db.Referrals.AsNoTracking().IgnoreQueryFilters(QueryFilters.CentreScopeOnly).Where(r => r.CaseId >= first && r.CaseId < next)
            .Select(r => new { r.CaseId, r.PartnerId, r.ReferredOn, r.Result }).ToListAsync(cancellationToken)).ToLookup(r => r.CaseId);

        var pack = new PackWriter();
        foreach (var (c, status, closedOn) in cases.Select(c => (c.Fact, c.Status, c.ClosedOn)))
        {
            // What decides whether a window wants the case comes first, the rest after its length, so a reader skips it at once.
            var referred = referrals[c.Id].Select(r => r.ReferredOn.DayNumber).ToList();
            pack.Write(c.Id);
            pack.Write(c.ClientId);
            pack.Write(c.CentreId);
            pack.Write(c.OpenedOn.DayNumber);
            pack.Write((int)status);
            pack.WriteNullable(closedOn?.DayNumber);
            pack.WriteNullable(referred.Count == 0 ? null : referred.Min());
            pack.WriteNullable(referred.Count == 0 ? null : referred.Max());

            var rest = new PackWriter(capacity: 64);
            rest.Write(c.LawyerId);
            rest.Write(c.PrimaryCategoryId);
            rest.WriteNullable((int?)c.Outcome);
            rest.Write(c.RecoveredMinorUnits);
            rest.Write(categories[c.Id].Count());
            foreach (var category in categories[c.Id])
            {
                rest.Write(category);
            }

            rest.Write(history[c.Id].Count());
            foreach (var change in history[c.Id].OrderBy(h => h.EffectiveOn).ThenBy(h => h.Id))
            {
                rest.Write(change.Id);
                rest.Write((int)change.Status);
                rest.Write(change.EffectiveOn.DayNumber);
                rest.WriteNullable((int?)change.Outcome);
            }

            rest.Write(referrals[c.Id].Count());
            foreach (var referral in referrals[c.Id])
            {
                rest.Write(referral.PartnerId);
                rest.Write(referral.ReferredOn.DayNumber);
                rest.Write((int)referral.Result);
            }

            pack.Append(rest);
        }

        return pack.ToArray();
    }

    /// <summary>
    /// What the packs hold of a window's cases, read pack after pack: the cases that can count in it (opened by its end,
    /// and open now or closed since its start, or referred in it), their other categories, their status changes since its
    /// start and their referrals in it; and when each client's second case opened, if it has. Only the cases of one centre when given.
    /// </summary>
    public sealed class Window(DateOnly start, DateOnly end, int? centreId, IReadOnlyDictionary<int, LocalisedName> partnerNames)
    {
        public CaseTable Cases { get; } = new();

        public List<ReferralFact> Referrals { get; } = [];

        /// <summary>
        /// The opening days of each client's first two cases by client id (arrays: every case of the centre or programme
        /// counts; <see cref="int.MaxValue"/> where there is none).
        /// </summary>
        private int[] firstOpened = NoCases(PackSegment.BlockSize);

        private int[] secondOpened = NoCases(PackSegment.BlockSize);

        /// <summary>The day the client's second case was opened, if they have one.</summary>
        public DateOnly? SecondCaseOpenedOn(int clientId) =>
            clientId < secondOpened.Length && secondOpened[clientId] != int.MaxValue ? DateOnly.FromDayNumber(secondOpened[clientId]) : null;

        private void CountCase(int clientId, int openedOn)
        {
            if (clientId >= firstOpened.Length)
            {
                var (known, length) = (firstOpened.Length, Math.Max(clientId + 1, firstOpened.Length * 2));
                Array.Resize(ref firstOpened, length);
                Array.Resize(ref secondOpened, length);
                Array.Fill(firstOpened, int.MaxValue, known, length - known);
                Array.Fill(secondOpened, int.MaxValue, known, length - known);
            }

            if (openedOn < firstOpened[clientId])
            {
                (firstOpened[clientId], secondOpened[clientId]) = (openedOn, firstOpened[clientId]);
            }
            else if (openedOn < secondOpened[clientId])
            {
                secondOpened[clientId] = openedOn;
            }
        }

        private static int[] NoCases(int length)
        {
            var days = new int[length];
            Array.Fill(days, int.MaxValue);
            return days;
        }

        public void Read(ReadOnlySpan<byte> data)
        {
            var reader = new PackReader(data);
            var (first, last) = (start.DayNumber, end.DayNumber);
            var categories = new List<int>();
            var history = new List<StatusFact>();
            var referrals = new List<ReferralFact>();
            while (!reader.AtEnd)
            {
                var (id, client, centre, opened, status, closed) = (reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), (CaseStatus)reader.ReadInt(), reader.ReadNullableInt());
                var (firstReferral, lastReferral) = (reader.ReadNullableInt(), reader.ReadNullableInt());
                var inScope = centreId is null || centre == centreId;
                var canCount = inScope && opened <= last && (status == CaseStatus.Open || closed >= first);
                var mayBeReferred = inScope && lastReferral >= first && firstReferral <= last;
                if (inScope)
                {
                    CountCase(client, opened);
                }

                var length = reader.ReadInt();
                if (!canCount && !mayBeReferred)
                {
                    reader.Skip(length);
                    continue;
                }

                var (lawyer, primary, outcome, recovered) = (reader.ReadInt(), reader.ReadInt(), (CaseOutcome?)reader.ReadNullableInt(), reader.ReadLong());
                categories.Clear();
                history.Clear();
                referrals.Clear();
                for (var count = reader.ReadInt(); count > 0; count--)
                {
                    categories.Add(reader.ReadInt());
                }

                for (var count = reader.ReadInt(); count > 0; count--)
                {
                    var (changeId, changeStatus, day, changeOutcome) = (reader.ReadLong(), (CaseStatus)reader.ReadInt(), reader.ReadInt(), (CaseOutcome?)reader.ReadNullableInt());
                    if (day >= first)
                    {
                        history.Add(new StatusFact(id, changeId, changeStatus, DateOnly.FromDayNumber(day), changeOutcome));
                    }
                }

                for (var count = reader.ReadInt(); count > 0; count--)
                {
                    var (partner, day, result) = (reader.ReadInt(), reader.ReadInt(), (ReferralResult)reader.ReadInt());
                    if (day >= first && day <= last)
                    {
                        referrals.Add(new ReferralFact(id, partner, partnerNames[partner], DateOnly.FromDayNumber(day), result));
                    }
                }

                if (canCount || referrals.Count > 0)
                {
                    Cases.Add(new CaseFact(id, client, centre, lawyer, DateOnly.FromDayNumber(opened), primary, outcome, recovered));
                    categories.ForEach(Cases.AddCategory);
                    history.ForEach(Cases.AddStatusChange);
                    Referrals.AddRange(referrals);
                }
            }
        }
    }
}
