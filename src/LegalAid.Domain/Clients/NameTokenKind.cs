namespace LegalAid.Domain.Clients;

/// <summary>How a <see cref="ClientNameToken"/> writes a word of a client's name.</summary>
public enum NameTokenKind
{
    /// <summary>One Latin spelling with its vowels (<see cref="NameFolding.Spelling"/>): what is typed matches its start.</summary>
    Spelling = 1,

    /// <summary>The phonetic skeleton (<see cref="NameFolding.Skeleton"/>): other spellings of the same word match it.</summary>
    Sound = 2,
}
