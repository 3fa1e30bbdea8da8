using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>The current user and the current instant, as seen from a centre's calendar.</summary>
public interface IActorContext
{
    DateTime UtcNow { get; }

    Actor At(Centre centre);
}
