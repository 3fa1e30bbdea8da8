using System.Linq.Expressions;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Desk.Common;

/// <summary>
/// What a lawyer has to do: every deadline of their open cases that is neither done nor voided, however long ago it
/// fell due (a follow-up promised at a consultation is a call-back deadline, so it stays until marked done, and goes
/// with the consultation when that is voided). The one definition behind the desk and the calendar feed. The centre
/// and "not voided" are explicit because the feed is read without a signed-in user, past the centre scope.
/// </summary>
public static class DueWork
{
    public static IQueryable<Case> OpenCasesOf(this IQueryable<Case> cases, int lawyerId, int centreId) =>
        cases.Where(c => c.AssignedLawyerId == lawyerId && c.CentreId == centreId && c.Status == CaseStatus.Open);

    public static readonly Expression<Func<Deadline, bool>> IsPending = d => d.IsDone == NotDone && d.VoidedAtUtc == null;

    /// <summary>
    /// Compared as a parameter: EF Core writes <c>!IsDone</c> as <c>NOT "IsDone"</c>, by which SQLite narrows no index,
    /// so the lawyer's and the case's deadline indexes were read whole, done ones included. <c>"IsDone" = @NotDone</c>
    /// reads only their pending part. (A conversion of the column to a number did the same but made other queries pick
    /// the (IsDone, DueOn) index: the centre's monthly report went from 27 to 172 ms.)
    /// </summary>
    private static bool NotDone => false;

    /// <summary>The cases' pending deadlines, read case by case through the deadlines' index.</summary>
    public static IQueryable<Deadline> PendingOn(this IQueryable<Deadline> deadlines, IQueryable<Case> cases) =>
        deadlines.Where(IsPending).Where(d => cases.Select(c => c.Id).Contains(d.CaseId));

    /// <summary>
    /// The pending deadlines of the lawyer's open cases at the centre (the same as <c>PendingOn(cases.OpenCasesOf(…))</c>),
    /// as one range of the deadlines' index on the case's lawyer and centre they carry (<see cref="Deadline.OpenCaseLawyerId"/>).
    /// </summary>
    public static IQueryable<Deadline> PendingOnDeskOf(this IQueryable<Deadline> deadlines, int lawyerId, int centreId) =>
        deadlines.Where(d => d.OpenCaseLawyerId == lawyerId && d.CaseCentreId == centreId).Where(IsPending);

    /// <summary>The same, for cases already read: their ids go to the database as one list.</summary>
    public static IQueryable<Deadline> PendingOn(this IQueryable<Deadline> deadlines, IReadOnlyCollection<int> caseIds) =>
        deadlines.Where(IsPending).Where(d => EF.Parameter(caseIds).Contains(d.CaseId));
}
