namespace LegalAid.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource*.resx.</summary>
public sealed class SharedResource;
