namespace LegalAid.Domain.Common;

/// <summary>Codes of the domain rules, used as resource keys for their messages.</summary>
public static class DomainErrors
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string ControlCharacters = "ControlCharacters";
    public const string InFuture = "InFuture";
    public const string NegativeMoney = "NegativeMoney";
    public const string InvalidCurrency = "InvalidCurrency";
    public const string TooManyDecimals = "TooManyDecimals";
    public const string UnknownCitizenship = "UnknownCitizenship";
    public const string InvalidDateOfBirth = "InvalidDateOfBirth";
    public const string CaseAlreadyClosed = "CaseAlreadyClosed";
    public const string CaseNotClosed = "CaseNotClosed";
    public const string OutcomeRequired = "OutcomeRequired";
    public const string ClosedBeforeOpened = "ClosedBeforeOpened";
    public const string ClosedBeforeReopened = "ClosedBeforeReopened";
    public const string ClosedBeforeConsultation = "ClosedBeforeConsultation";
    public const string ConsultationBeforeCaseOpened = "ConsultationBeforeCaseOpened";
    public const string ReferralBeforeCaseOpened = "ReferralBeforeCaseOpened";
    public const string DeadlineBeforeCaseOpened = "DeadlineBeforeCaseOpened";
    public const string ConsultationOnClosedCase = "ConsultationOnClosedCase";
    public const string DeadlineOnClosedCase = "DeadlineOnClosedCase";
    public const string InvalidDuration = "InvalidDuration";
    public const string FollowUpBeforeConsultation = "FollowUpBeforeConsultation";
    public const string ConsentRequired = "ConsentRequired";
    public const string ReopenedBeforeClosed = "ReopenedBeforeClosed";
    public const string UnknownLanguage = "UnknownLanguage";
    public const string FileTooLarge = "FileTooLarge";
    public const string ResultBeforeReferral = "ResultBeforeReferral";
    public const string DeadlineAlreadyDone = "DeadlineAlreadyDone";
    public const string InvalidPeriod = "InvalidPeriod";
    public const string AlreadyPublished = "AlreadyPublished";
    public const string ImportClosed = "ImportClosed";
    public const string ImportNotChecked = "ImportNotChecked";
    public const string NotPublished = "NotPublished";
    public const string AlreadyWithdrawn = "AlreadyWithdrawn";
    public const string AlreadyVoided = "AlreadyVoided";
    public const string EmptyConsultation = "EmptyConsultation";
    public const string DeadlineNotDone = "DeadlineNotDone";
    public const string UpcomingHearing = "UpcomingHearing";
    public const string UnusualAmountRecovered = "UnusualAmountRecovered";
    public const string OpenedAfterConsultation = "OpenedAfterConsultation";
    public const string OpenedAfterReferral = "OpenedAfterReferral";
    public const string OpenedAfterDeadline = "OpenedAfterDeadline";
    public const string TransferOfClosedCase = "TransferOfClosedCase";
    public const string TransferOfAnotherClientsCase = "TransferOfAnotherClientsCase";
    public const string TransferToSameCentre = "TransferToSameCentre";
    public const string TransferNotPending = "TransferNotPending";
    public const string ClientNoLongerAtCentre = "ClientNoLongerAtCentre";
    public const string TransferCasesChanged = "TransferCasesChanged";
    public const string ClientAnonymised = "ClientAnonymised";
    public const string ConsentAlreadyWithdrawn = "ConsentAlreadyWithdrawn";
    public const string WithdrawnBeforeGiven = "WithdrawnBeforeGiven";
    public const string OpenedAfterStatusChange = "OpenedAfterStatusChange";
    public const string ReferralAfterResult = "ReferralAfterResult";
}
