using LegalAid.Domain.Common;

namespace LegalAid.Domain.Clients;

/// <summary>A migrant who asked the programme for help.</summary>
public sealed class Client : IVersioned
{
    public const int PhoneMaxLength = 32;
    public const int ContactMaxLength = 200;

    private readonly List<ClientNameToken> nameTokens = [];

    private Client()
    {
        Name = null!;
        Citizenship = null!;
        PreferredLanguage = null!;
        Consent = null!;
        SearchKey = null!;
        FamilyNameKey = null!;
        GivenNameKey = null!;
    }

    public Client(ClientDetails details, int registeringCentreId, DateTime registeredAtUtc)
        : this()
    {
        RegisteringCentreId = registeringCentreId;
        CentreId = registeringCentreId;
        RegisteredAtUtc = registeredAtUtc;
        Apply(details);
    }

    public int Id { get; private set; }

    public PersonName Name { get; private set; }

    public Sex Sex { get; private set; }

    public int? BirthYear { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public string Citizenship { get; private set; }

    public string? Phone { get; private set; }

    public string? MessengerContact { get; private set; }

    public string? RegionOfOrigin { get; private set; }

    public string PreferredLanguage { get; private set; }

    public Consent Consent { get; private set; }

    public int RegisteringCentreId { get; private set; }

    public Centres.Centre RegisteringCentre { get; private set; } = null!;

    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>The centre that holds the client now: the registering one until a transfer moves them.</summary>
    public int CentreId { get; private set; }

    public Centres.Centre Centre { get; private set; } = null!;

    /// <summary>Names as written and folded, and phone digits: the previous release's search (see <see cref="ClientSearchKey.For"/>).</summary>
    public string SearchKey { get; private set; }

    /// <summary>The phonetic skeleton of the family name (indexed), for duplicate detection.</summary>
    public string FamilyNameKey { get; private set; }

    /// <summary>The phonetic skeleton of the given name (indexed), for duplicate detection.</summary>
    public string GivenNameKey { get; private set; }

    /// <summary>Every word of the name, spelt in Latin and as its skeleton, for search.</summary>
    public IReadOnlyCollection<ClientNameToken> NameTokens => nameTokens;

    /// <summary>
    /// Whether the family name is written in Cyrillic: lists show those names first, then names in Latin (and any
    /// other script), whatever order the database's collation gives the two scripts.
    /// </summary>
    public bool NameIsCyrillic { get; private set; }

    public int Version { get; private set; }

    /// <summary>The day the client withdrew their consent; from then on their data is kept only until the next anonymisation.</summary>
    public DateOnly? ConsentWithdrawnOn { get; private set; }

    /// <summary>The day the client's names, contacts, exact birth date and texts were removed; what statistics count stays.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    public DateOfBirth? DateOfBirth => BirthYear is { } year ? Clients.DateOfBirth.Restore(year, BirthDate) : null;

    public void Update(ClientDetails details)
    {
        Guard.RequireState(AnonymisedOn is null, DomainErrors.ClientAnonymised, "An anonymised client cannot be edited.");
        Apply(details);

        // Consent recorded again after it was withdrawn stands anew.
        if (ConsentWithdrawnOn is { } withdrawn && Consent.GivenOn > withdrawn)
        {
            ConsentWithdrawnOn = null;
        }
    }

    /// <summary>The client withdraws their consent on <paramref name="withdrawnOn"/> (the date at the centre, <paramref name="today"/> at the latest).</summary>
    public void WithdrawConsent(DateOnly withdrawnOn, DateOnly today)
    {
        Guard.RequireState(AnonymisedOn is null, DomainErrors.ClientAnonymised, "An anonymised client cannot be edited.");
        Guard.RequireState(ConsentWithdrawnOn is null, DomainErrors.ConsentAlreadyWithdrawn, "The consent is already withdrawn.");
        Guard.RequireOnOrAfter(withdrawnOn, Consent.GivenOn, DomainErrors.WithdrawnBeforeGiven, nameof(ConsentWithdrawnOn), "Consent cannot be withdrawn before it was given.");
        Guard.Require(withdrawnOn <= today, DomainErrors.InFuture, nameof(ConsentWithdrawnOn), "Consent cannot be withdrawn in the future.");
        ConsentWithdrawnOn = withdrawnOn;
    }

    /// <summary>
    /// Hands the client to another centre (a transfer the receiving centre accepted). A phone that centre asked with
    /// fills the record's empty one; a phone the record holds is never overwritten by what someone else typed, and an
    /// anonymised record takes none.
    /// </summary>
    internal void MoveTo(int centreId, string? phoneAskedWith)
    {
        CentreId = centreId;
        if (Phone is null && AnonymisedOn is null && phoneAskedWith is not null)
        {
            Phone = phoneAskedWith;
            RefreshSearchKeys();
        }
    }

    /// <summary>Recomputes what the client is found and sorted by from the name and phone; also after the folding rules change.</summary>
    public void RefreshSearchKeys()
    {
        SearchKey = ClientSearchKey.For(Name, Phone);
        FamilyNameKey = NameFolding.FoldFirstWord(Name.FamilyName);
        GivenNameKey = NameFolding.FoldFirstWord(Name.GivenName);
        NameIsCyrillic = Name.FamilyName.Length > 0 && Name.FamilyName[0] is >= '\u0400' and <= '\u052F';

        var tokens = ClientSearchKey.Tokens(Name);
        nameTokens.RemoveAll(t => !tokens.Contains((t.Kind, t.Value)));
        var missing = tokens.Where(t => !nameTokens.Exists(n => n.Kind == t.Kind && n.Value == t.Value)).ToList();
        nameTokens.AddRange(missing.Select(t => new ClientNameToken(t.Kind, t.Value)));
    }

    private void Apply(ClientDetails details)
    {
        Guard.Require(Citizenships.IsKnown(details.Citizenship), DomainErrors.UnknownCitizenship, nameof(Citizenship), "Unknown citizenship code.");
        Guard.Require(Languages.IsKnown(details.PreferredLanguage), DomainErrors.UnknownLanguage, nameof(PreferredLanguage), "Unknown language code.");
        Name = details.Name;
        Sex = details.Sex;
        BirthYear = details.DateOfBirth?.Year;
        BirthDate = details.DateOfBirth?.ExactDate;
        Citizenship = details.Citizenship;
        Phone = Guard.OptionalText(PhoneNumber.Normalize(details.Phone), nameof(Phone), PhoneMaxLength);
        MessengerContact = Guard.OptionalText(details.MessengerContact, nameof(MessengerContact), ContactMaxLength);
        RegionOfOrigin = Guard.OptionalText(details.RegionOfOrigin, nameof(RegionOfOrigin), ContactMaxLength);
        PreferredLanguage = details.PreferredLanguage;
        Consent = details.Consent;
        RefreshSearchKeys();
    }
}
