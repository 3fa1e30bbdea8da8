namespace LegalAid.Domain.Clients;

/// <summary>
/// One word typed into the search: it matches a client when a <see cref="NameTokenKind.Spelling"/> token of the
/// name starts with <see cref="Spelling"/> (or with <see cref="UnfinishedSpelling"/>), or a
/// <see cref="NameTokenKind.Sound"/> token starts with <see cref="Sound"/>.
/// </summary>
/// <param name="Sound">The skeleton; null when it is too short to tell names apart, as for "Aziz" or "Gor".</param>
/// <param name="UnfinishedSpelling">
/// When the word ends in Latin with the first letter of a pair that stands for one sound (the s of sh, the k of kh, the
/// z of zh, the c of ch, the t of ts, the d of dzh), the spelling of the pair finished: "Tas" may be the start of Tashiev
/// and "Ask" of Askhat. Null otherwise.
/// </param>
public sealed record NameTerm(string Spelling, string? Sound, string? UnfinishedSpelling = null);
