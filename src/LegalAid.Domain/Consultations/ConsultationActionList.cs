namespace LegalAid.Domain.Consultations;

public static class ConsultationActionList
{
    /// <summary>Each action of the set once, in the enum's order: how forms and the API list them.</summary>
    public static IReadOnlyList<ConsultationActions> Each(this ConsultationActions actions) =>
        Enum.GetValues<ConsultationActions>().Where(action => action != ConsultationActions.None && actions.HasFlag(action)).ToList();
}
