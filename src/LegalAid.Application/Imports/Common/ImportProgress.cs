using System.Collections.Concurrent;

namespace LegalAid.Application.Imports.Common;

public enum ImportPhase
{
    Reading = 1,
    Checking = 2,
    Saving = 3,
}

/// <summary>How far a running check or import is: a phase and rows done of rows in it.</summary>
public sealed record ImportProgressState(ImportPhase Phase, int Done, int Total);

/// <summary>
/// The progress of the checks and imports this server is running, for the page's progress bar and the command's
/// progress line. Kept in memory: another server of a cluster sees only that the work has not finished.
/// </summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<int, ImportProgressState> running = new();

    public void Report(int importId, ImportPhase phase, int done, int total) => running[importId] = new ImportProgressState(phase, done, total);

    public ImportProgressState? Of(int importId) => running.TryGetValue(importId, out var state) ? state : null;

    public void Finish(int importId) => running.TryRemove(importId, out _);
}
