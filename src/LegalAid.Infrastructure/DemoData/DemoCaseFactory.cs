using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// Makes one case's life: opening, consultations, referrals, closing (sometimes reopening), through the domain's own
/// rules. Nothing is dated after <see cref="Plan.Today"/>, the day before the generator runs.
/// </summary>
internal sealed class DemoCaseFactory(Random random, DemoOpposingParties parties, DemoPartners partners)
{
    private const int UnpaidWages = 6;

    private static readonly WeightedChoice<int> CategoryChoice = new(
        (6, 25), (1, 18), (2, 10), (4, 9), (3, 8), (5, 7), (8, 5), (7, 4), (9, 3), (10, 2), (11, 2), (12, 2), (13, 2), (14, 1), (15, 2));

    private static readonly WeightedChoice<CaseOutcome> OutcomeChoice = new(
        (CaseOutcome.ResolvedInFavour, 35), (CaseOutcome.PartiallyResolved, 15), (CaseOutcome.NotResolved, 12),
        (CaseOutcome.Referred, 8), (CaseOutcome.ClientStoppedContact, 10), (CaseOutcome.AdviceOnly, 20));

    private static readonly WeightedChoice<ConsultationChannel> ChannelChoice = new(
        (ConsultationChannel.InPerson, 45), (ConsultationChannel.Phone, 20), (ConsultationChannel.Hotline, 10),
        (ConsultationChannel.Messenger, 15), (ConsultationChannel.OutreachVisit, 5), (ConsultationChannel.Online, 5));

    /// <summary>How referrals end once the partner has answered; one still within its answer time is awaiting a reply.</summary>
    private static readonly WeightedChoice<ReferralResult> ReferralResultChoice = new(
        (ReferralResult.Helped, 60), (ReferralResult.Declined, 15), (ReferralResult.NoResponse, 25));

    private readonly List<(Case Case, Referral Referral, ReferralResult Result, Actor Actor)> answers = [];

    /// <param name="LastDay">The day of the case's last consultation, if it has not come yet the case is still open.</param>
    public sealed record Plan(
        CaseNumber Number, int ClientId, string Citizenship, Sex Sex, Centre Centre, IReadOnlyList<int> Lawyers, DateOnly OpenedOn, DateOnly LastDay, int Consultations, DateOnly Today);

    /// <summary>How many referrals the cases made so far have.</summary>
    public int Referrals { get; private set; }

    public Case Make(Plan plan)
    {
        var category = CategoryChoice.Next(random);
        var others = random.NextDouble() < 0.25 ? [CategoryChoice.Next(random)] : Array.Empty<int>();
        var claimed = category == UnpaidWages ? Money.Of(random.Next(20, 300) * 1000m) : null;
        var details = new CaseDetails(category, others, Pick(DemoTexts.CaseSummaries[category]), parties.For(category, random), claimed);
        var lawyer = plan.Lawyers[random.Next(plan.Lawyers.Count)];

        var @case = new Case(plan.Number, plan.ClientId, plan.Centre.Id, lawyer, plan.OpenedOn, details, ActorOn(plan.Centre, plan.OpenedOn, 10, lawyer));
        var willClose = random.NextDouble() < 0.9 && plan.LastDay < plan.Today;
        var lastDay = plan.LastDay < plan.Today ? plan.LastDay : plan.Today;
        var reopenOn = lastDay.AddDays(random.Next(10, 60));
        var reopens = willClose && plan.Consultations > 1 && random.NextDouble() < 0.03 && reopenOn <= plan.Today;

        var span = lastDay.DayNumber - plan.OpenedOn.DayNumber;
        var days = Enumerable.Range(0, plan.Consultations - (reopens ? 1 : 0))
            .Select(i => i == 0 ? plan.OpenedOn : plan.OpenedOn.AddDays(random.Next(0, span + 1)))
            .Order()
            .ToList();
        foreach (var day in days)
        {
            LogConsultation(@case, plan, day, lawyer, category);
        }

        if (!willClose)
        {
            AddDeadline(@case, plan, lawyer);
            return @case;
        }

        Close(@case, plan.Centre, lastDay, claimed, lawyer);
        if (reopens)
        {
            @case.Reopen(reopenOn, ActorOn(plan.Centre, reopenOn, 11, lawyer), "Клиент вернулся с новыми обстоятельствами.");
            LogConsultation(@case, plan, reopenOn, lawyer, category);
        }

        return @case;
    }

    /// <summary>Records the partners' answers, once the referrals of the cases made have their ids.</summary>
    public void RecordReferralResults()
    {
        foreach (var (@case, referral, result, actor) in answers)
        {
            @case.RecordReferralResult(referral.Id, result, actor.Today, null, actor);
        }

        answers.Clear();
    }

    /// <summary>Four open cases in ten have a hearing, appeal, document or call-back date around now.</summary>
    private void AddDeadline(Case @case, Plan plan, int lawyer)
    {
        if (random.NextDouble() < 0.4)
        {
            var type = (DeadlineType)random.Next(1, 5);
            var dueOn = plan.Today.AddDays(random.Next(-5, 21));
            var details = type == DeadlineType.CourtHearing
                ? new DeadlineDetails(type, dueOn, new TimeOnly(random.Next(9, 17), random.Next(0, 4) * 15), "Районный суд, зал № уточняется")
                : new DeadlineDetails(type, dueOn);
            @case.AddDeadline(details, ActorOn(plan.Centre, plan.OpenedOn, 12, lawyer));
        }
    }

    private void LogConsultation(Case @case, Plan plan, DateOnly day, int lawyer, int category)
    {
        var heldAt = plan.Centre.MomentOf(day.ToDateTime(new TimeOnly(random.Next(9, 18), random.Next(0, 12) * 5)));
        var actions = ConsultationActions.LegalAdvice;
        actions |= random.NextDouble() < 0.3 ? ConsultationActions.DocumentDrafted : 0;
        actions |= random.NextDouble() < 0.2 ? ConsultationActions.ComplaintOrLetter : 0;
        actions |= random.NextDouble() < (category is UnpaidWages or 4 ? 0.12 : 0.03) ? ConsultationActions.CourtRepresentation : 0;
        actions |= random.NextDouble() < 0.05 ? ConsultationActions.Accompaniment : 0;
        actions |= random.NextDouble() < 0.05 ? ConsultationActions.Referral : 0;
        var followUp = random.NextDouble() < 0.3 ? day.AddDays(random.Next(3, 15)) : (DateOnly?)null;
        var actor = new Actor(lawyer, heldAt.Utc.AddMinutes(30), heldAt.LocalDate);
        if (actions.HasFlag(ConsultationActions.Referral))
        {
            Refer(@case, plan, day, lawyer, actor);
        }

        @case.LogConsultation(
            new ConsultationDetails(heldAt, ChannelChoice.Next(random), lawyer, random.Next(2, 19) * 5, [category], actions, Pick(DemoTexts.ConsultationSummaries), followUp),
            actor);
    }

    /// <summary>A partner that takes this client; its answer comes 3 to 30 days later, so the latest referrals still await it.</summary>
    private void Refer(Case @case, Plan plan, DateOnly day, int lawyer, Actor actor)
    {
        var referral = @case.Refer(partners.For(plan.Citizenship, plan.Sex, random), day, null, actor);
        Referrals++;
        var answeredOn = day.AddDays(random.Next(3, 31));
        var result = ReferralResultChoice.Next(random);
        if (answeredOn <= plan.Today)
        {
            answers.Add((@case, referral, result, ActorOn(plan.Centre, answeredOn, 15, lawyer)));
        }
    }

    private void Close(Case @case, Centre centre, DateOnly closedOn, Money? claimed, int lawyer)
    {
        var outcome = OutcomeChoice.Next(random);
        var share = outcome switch
        {
            CaseOutcome.ResolvedInFavour => 0.5 + (random.NextDouble() * 0.5),
            CaseOutcome.PartiallyResolved => 0.2 + (random.NextDouble() * 0.4),
            _ => 0,
        };
        var recovered = claimed is null ? Money.Zero() : Money.Of(Math.Round(claimed.Amount * (decimal)share, 0));
        @case.Close(outcome, closedOn, recovered, ActorOn(centre, closedOn, 17, lawyer));
    }

    private static Actor ActorOn(Centre centre, DateOnly day, int hour, int lawyer)
    {
        var moment = centre.MomentOf(day.ToDateTime(new TimeOnly(hour, 0)));
        return new Actor(lawyer, moment.Utc.AddHours(8), day);
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
