using System.Linq.Expressions;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;

namespace LegalAid.Domain.Transfers;

/// <summary>
/// A client moving from the centre that holds them to another, with the open cases chosen. The holding centre
/// proposes (on its own or answering another centre's request), the receiving centre accepts or declines, and only
/// acceptance moves the client and the cases. Closed cases, and open ones not chosen, stay with the holding centre.
/// </summary>
public sealed class ClientTransfer : IVersioned
{
    public const int NoteMaxLength = 1000;

    private readonly List<TransferredCase> _cases = [];

    private ClientTransfer()
    {
    }

    public int Id { get; private set; }

    public TransferStatus Status { get; private set; }

    /// <summary>The centre that holds the client until the transfer is accepted.</summary>
    public int FromCentreId { get; private set; }

    public int ToCentreId { get; private set; }

    /// <summary>The client, once the holding centre has chosen whom to send; null while only requested.</summary>
    public int? ClientId { get; private set; }

    public Client? Client { get; private set; }

    /// <summary>Who the requesting centre asked for; null for a transfer the holding centre started.</summary>
    public PersonSought? Sought { get; private set; }

    public string? RequestNote { get; private set; }

    public int? RequestedByStaffMemberId { get; private set; }

    public DateTime? RequestedAtUtc { get; private set; }

    public string? ProposalNote { get; private set; }

    public int? ProposedByStaffMemberId { get; private set; }

    public DateTime? ProposedAtUtc { get; private set; }

    /// <summary>Why it was declined or cancelled.</summary>
    public string? DecisionNote { get; private set; }

    public int? DecidedByStaffMemberId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyCollection<TransferredCase> Cases => _cases;

    public bool IsPending => Status is TransferStatus.Requested or TransferStatus.Proposed;

    /// <summary>The centre whose coordinator decides next: the holding one on a request, the receiving one on a proposal.</summary>
    public int? CentreToDecide => Status switch
    {
        TransferStatus.Requested => FromCentreId,
        TransferStatus.Proposed => ToCentreId,
        _ => null,
    };

    /// <summary><see cref="CentreToDecide"/> as a query: the transfers waiting for <paramref name="centreId"/>'s decision.</summary>
    public static Expression<Func<ClientTransfer, bool>> AwaitingDecisionBy(int centreId) =>
        t => (t.Status == TransferStatus.Requested && t.FromCentreId == centreId) || (t.Status == TransferStatus.Proposed && t.ToCentreId == centreId);

    /// <summary>The centre that may still withdraw what it sent: the requesting one, or the proposing one.</summary>
    public int? CentreToWithdraw => Status switch
    {
        TransferStatus.Requested => ToCentreId,
        TransferStatus.Proposed => FromCentreId,
        _ => null,
    };

    /// <summary>
    /// A lawyer of <paramref name="requestingCentreId"/> asks the centre that may hold <paramref name="sought"/> to send
    /// them. A date of birth gives the year, as a client's does.
    /// </summary>
    public static ClientTransfer Request(int holdingCentreId, int requestingCentreId, PersonSought sought, string? note, Actor actor)
    {
        Guard.Require(holdingCentreId != requestingCentreId, DomainErrors.TransferToSameCentre, "CentreCode", "A centre cannot ask itself for a client.");
        var born = sought.BirthDate is { } date ? DateOfBirth.Exact(date, actor.Today)
            : sought.BirthYear is { } year ? DateOfBirth.YearOnly(year, actor.Today)
            : (DateOfBirth?)null;
        return new ClientTransfer
        {
            Status = TransferStatus.Requested,
            FromCentreId = holdingCentreId,
            ToCentreId = requestingCentreId,
            Sought = sought with
            {
                FamilyName = Guard.RequiredText(sought.FamilyName, "FamilyName", PersonName.PartMaxLength),
                GivenName = Guard.RequiredText(sought.GivenName, "GivenName", PersonName.PartMaxLength),
                Patronymic = Guard.OptionalText(sought.Patronymic, "Patronymic", PersonName.PartMaxLength),
                BirthYear = born?.Year,
                Phone = Guard.OptionalText(PhoneNumber.Normalize(sought.Phone), "Phone", Client.PhoneMaxLength),
            },
            RequestNote = Guard.OptionalText(note, "Note", NoteMaxLength, multiline: true),
            RequestedByStaffMemberId = actor.StaffMemberId,
            RequestedAtUtc = actor.NowUtc,
        };
    }

    /// <summary>The holding centre offers the client and the chosen open cases to <paramref name="toCentreId"/>.</summary>
    public static ClientTransfer Propose(Client client, int toCentreId, IReadOnlyCollection<Case> cases, string? note, Actor actor)
    {
        Guard.Require(client.CentreId != toCentreId, DomainErrors.TransferToSameCentre, "ToCentreId", "The client is already at that centre.");
        var transfer = new ClientTransfer { FromCentreId = client.CentreId, ToCentreId = toCentreId };
        transfer.Offer(client, cases, note, actor);
        return transfer;
    }

    /// <summary>The holding centre answers a request with the client it found and the chosen open cases.</summary>
    public void Answer(Client client, IReadOnlyCollection<Case> cases, string? note, Actor actor)
    {
        Guard.RequireState(Status == TransferStatus.Requested, DomainErrors.TransferNotPending, "Only a request can be answered.");
        Offer(client, cases, note, actor);
    }

    /// <summary>
    /// The receiving centre takes the client and the chosen cases, which <paramref name="lawyerId"/> of that centre now
    /// handles. A chosen case closed while the transfer waited stays behind, as closed cases always do, and leaves the
    /// transfer's list, which then names the cases that moved. The phone a request was made with fills a client's empty one.
    /// </summary>
    public void Accept(Client client, IReadOnlyCollection<Case> cases, int lawyerId, Actor actor)
    {
        Guard.RequireState(Status == TransferStatus.Proposed, DomainErrors.TransferNotPending, "Only a proposed transfer can be accepted.");
        Guard.RequireState(client.Id == ClientId && client.CentreId == FromCentreId, DomainErrors.ClientNoLongerAtCentre, "The client is no longer at the sending centre.");
        Guard.RequireState(
            cases.Select(c => c.Id).Order().SequenceEqual(_cases.Select(c => c.CaseId).Order()) && cases.All(c => c.CentreId == FromCentreId),
            DomainErrors.TransferCasesChanged,
            "The chosen cases are no longer all at the sending centre.");

        client.MoveTo(ToCentreId, Sought?.Phone);
        foreach (var @case in cases.Where(c => c.Status == CaseStatus.Open))
        {
            @case.MoveTo(ToCentreId, lawyerId);
        }

        _cases.RemoveAll(chosen => cases.Any(c => c.Id == chosen.CaseId && c.Status != CaseStatus.Open));

        Decide(TransferStatus.Accepted, null, actor);
    }

    /// <summary>The centre to decide says no: the holding one to a request, the receiving one to a proposal.</summary>
    public void Decline(string? reason, Actor actor)
    {
        Guard.RequireState(IsPending, DomainErrors.TransferNotPending, "The transfer is already settled.");
        Decide(TransferStatus.Declined, Guard.RequiredText(reason, "Reason", NoteMaxLength, multiline: true), actor);
    }

    /// <summary>The centre that sent the request or the proposal takes it back.</summary>
    public void Cancel(string? reason, Actor actor)
    {
        Guard.RequireState(IsPending, DomainErrors.TransferNotPending, "The transfer is already settled.");
        Decide(TransferStatus.Cancelled, Guard.OptionalText(reason, "Reason", NoteMaxLength, multiline: true), actor);
    }

    private void Offer(Client client, IReadOnlyCollection<Case> cases, string? note, Actor actor)
    {
        Guard.Require(client.CentreId == FromCentreId, DomainErrors.ClientNoLongerAtCentre, "ClientId", "The client is not at the sending centre.");
        Guard.Require(cases.All(c => c.ClientId == client.Id && c.CentreId == FromCentreId), DomainErrors.TransferOfAnotherClientsCase, "CaseIds", "Choose cases of this client at this centre.");
        Guard.Require(cases.All(c => c.Status == CaseStatus.Open), DomainErrors.TransferOfClosedCase, "CaseIds", "Only open cases move to another centre.");

        Status = TransferStatus.Proposed;
        ClientId = client.Id;
        _cases.Clear();
        _cases.AddRange(cases.Select(c => c.Id).Distinct().Select(id => new TransferredCase(id)));
        ProposalNote = Guard.OptionalText(note, "Note", NoteMaxLength, multiline: true);
        ProposedByStaffMemberId = actor.StaffMemberId;
        ProposedAtUtc = actor.NowUtc;
    }

    private void Decide(TransferStatus outcome, string? note, Actor actor)
    {
        Status = outcome;
        DecisionNote = note;
        DecidedByStaffMemberId = actor.StaffMemberId;
        DecidedAtUtc = actor.NowUtc;
    }
}
