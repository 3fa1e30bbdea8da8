using System.Text.Json.Serialization;

namespace LegalAid.Web.Pages;

/// <summary>
/// What a saved form did, said once on the page it leads to (see <see cref="DoneNotice"/>); a "Done.*" text each. Kept
/// by name, so a notice in flight across a deployment that adds or removes one still reads as what was done.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Done>))]
public enum Done
{
    ClientRegistered,
    ClientUpdated,
    ConsentWithdrawn,
    CaseOpened,
    CaseUpdated,
    CaseClosed,
    CaseReopened,
    ConsultationLogged,
    ConsultationCorrected,
    DeadlineAdded,
    DeadlineCompleted,
    DeadlineReopened,
    DeadlineCorrected,
    DocumentUploaded,
    ClientReferred,
    ReferralResultRecorded,
    ReferralCorrected,
    RecordVoided,
    Saved,
    SessionEnded,
    CasesReassigned,
}
