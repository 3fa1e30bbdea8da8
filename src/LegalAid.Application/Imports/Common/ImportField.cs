namespace LegalAid.Application.Imports.Common;

/// <summary>The columns of the import template (see docs/import.md), in the template's order.</summary>
public enum ImportField
{
    SourceKey,
    ClientId,
    FamilyName,
    GivenName,
    Patronymic,
    LatinName,
    Sex,
    DateOfBirth,
    Citizenship,
    Phone,
    MessengerContact,
    RegionOfOrigin,
    PreferredLanguage,
    ConsentGivenOn,
    CaseReference,
    Problem,
    ConsultationDate,
    ConsultationTime,
    Channel,
    Lawyer,
    DurationMinutes,
    Summary,
    Outcome,
    ClosedOn,
}
