using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Imports.Common;

/// <summary>A client as a row describes them, checked by the same rules as the registration form.</summary>
public sealed record ImportedClientFields : ClientFields;
