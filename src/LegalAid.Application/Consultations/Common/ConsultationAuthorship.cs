using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;

namespace LegalAid.Application.Consultations.Common;

/// <summary>
/// Who may correct or void a consultation: its author (the lawyer who gave it) or a coordinator, of the case's centre
/// like every case worker. Another lawyer of the centre may read it, not rewrite it.
/// </summary>
public static class ConsultationAuthorship
{
    public static bool MayCorrectConsultationOf(this ICurrentUser user, int lawyerId) =>
        user.IsInRole(Roles.Coordinator) || user.StaffMemberId == lawyerId;

    public static void EnsureMayCorrectConsultationOf(this ICurrentUser user, int lawyerId)
    {
        if (!user.MayCorrectConsultationOf(lawyerId))
        {
            throw new ForbiddenAccessException($"{Roles.Coordinator} or the consultation's lawyer");
        }
    }
}
