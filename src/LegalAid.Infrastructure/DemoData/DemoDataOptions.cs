namespace LegalAid.Infrastructure.DemoData;

/// <summary>How much demo data to make; the same seed always makes the same data.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The demo the app starts with in Development; README.md gives what it makes.</summary>
    public static DemoDataOptions Default { get; } = new();

    public int Seed { get; init; } = 2008;

    public int Clients { get; init; } = 600;

    public int Consultations { get; init; } = 3000;

    /// <summary>How many years back from yesterday the records reach.</summary>
    public int Years { get; init; } = 2;
}

public sealed record DemoDataSummary(int StaffMembers, int Clients, int Cases, int Consultations, int Referrals, TimeSpan Elapsed);
