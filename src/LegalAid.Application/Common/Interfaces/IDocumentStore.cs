namespace LegalAid.Application.Common.Interfaces;

/// <summary>Keeps uploaded documents outside the web root, under keys the store chooses.</summary>
public interface IDocumentStore
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Stream Open(string key);

    void Delete(string key);
}
