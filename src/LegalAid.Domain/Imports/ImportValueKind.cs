namespace LegalAid.Domain.Imports;

/// <summary>The columns whose free text a centre maps to the app's lists once, for every later file.</summary>
public enum ImportValueKind
{
    /// <summary>A problem category of the taxonomy.</summary>
    Problem = 1,

    /// <summary>A consultation channel.</summary>
    Channel = 2,

    /// <summary>A staff member of the centre.</summary>
    Lawyer = 3,
}
