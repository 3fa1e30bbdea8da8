using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// What removing personal data leaves to do once the command has committed, and only then: the documents' files are
/// deleted (a rollback keeps the rows, so it must keep the files too), and SQLite's write-ahead log, which still holds the
/// removed values, is emptied into the database file (<see cref="LegalAidDbContext.EmptyWriteAheadLogAsync"/>).
/// </summary>
internal sealed class PersonalDataCleanup(LegalAidDbContext db, IDocumentStore documents, ILogger<PersonalDataCleanup> logger)
{
    private readonly List<string> documentKeys = [];
    private bool removed;

    /// <summary>The command's transaction removed personal data; these documents' files go when it commits.</summary>
    public void AfterCommit(IEnumerable<string> documentsToDelete)
    {
        documentKeys.AddRange(documentsToDelete);
        removed = true;
    }

    /// <summary>The transaction was rolled back (or is retried from the start): nothing is to be deleted.</summary>
    public void Forget()
    {
        documentKeys.Clear();
        removed = false;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (!removed)
        {
            return;
        }

        foreach (var key in documentKeys)
        {
            try
            {
                documents.Delete(key);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The row is gone, so nobody reaches the file through the app; the operator must remove it by hand.
                logger.LogError(e, "The file of removed document {DocumentKey} could not be deleted", key);
            }
        }

        Forget();
        await db.EmptyWriteAheadLogAsync(cancellationToken);
    }
}
