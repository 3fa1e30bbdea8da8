using LegalAid.Domain.Cases;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>The employers, agencies and authorities demo cases are against, shared so repeat offenders show.</summary>
internal sealed class DemoOpposingParties
{
    private static readonly int[] EmployerCategories = [6, 7, 8, 9];
    private static readonly int[] AuthorityCategories = [3, 4, 5];

    public DemoOpposingParties(IEnumerable<OpposingParty> existing)
    {
        var byKey = existing.ToDictionary(p => p.NameKey);
        Employers = Make(DemoNames.Employers, OpposingPartyKind.Employer, byKey);
        Agencies = Make(DemoNames.Agencies, OpposingPartyKind.RecruitmentAgency, byKey);
        Authorities = Make(DemoNames.Authorities, OpposingPartyKind.Authority, byKey);
    }

    public IReadOnlyList<OpposingParty> Employers { get; }

    public IReadOnlyList<OpposingParty> Agencies { get; }

    public IReadOnlyList<OpposingParty> Authorities { get; }

    public IEnumerable<OpposingParty> All => Employers.Concat(Agencies).Concat(Authorities);

    public OpposingParty? For(int categoryId, Random random)
    {
        if (EmployerCategories.Contains(categoryId))
        {
            return random.NextDouble() < 0.85 ? Employers[random.Next(Employers.Count)] : Agencies[random.Next(Agencies.Count)];
        }

        return AuthorityCategories.Contains(categoryId) && random.NextDouble() < 0.7 ? Authorities[random.Next(Authorities.Count)] : null;
    }

    private static List<OpposingParty> Make(string[] names, OpposingPartyKind kind, Dictionary<string, OpposingParty> existing) =>
        names.Select(name => existing.GetValueOrDefault(OpposingParty.KeyFor(name)) ?? new OpposingParty(name, kind)).ToList();
}
