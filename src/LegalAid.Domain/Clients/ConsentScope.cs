namespace LegalAid.Domain.Clients;

/// <summary>What the client agreed their data may be used for.</summary>
[Flags]
public enum ConsentScope
{
    None = 0,

    /// <summary>Processing personal data to give legal aid; required to register a client.</summary>
    LegalAid = 1,

    /// <summary>Contacting the client by phone or messenger.</summary>
    Contact = 2,

    /// <summary>Sharing the client's story, anonymised, in publications and reports.</summary>
    AnonymisedStories = 4,
}
