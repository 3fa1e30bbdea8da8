namespace LegalAid.Web.Pages;

/// <summary>What a saved form did, said once on the page it leads to (see <see cref="DoneNotice"/>); a "Done.*" text each.</summary>
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
