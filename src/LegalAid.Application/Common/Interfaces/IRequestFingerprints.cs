namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Fingerprints of commands kept with their answers (<see cref="ISubmittedRequests"/>): the same request gives the same
/// fingerprint, and whoever reads the database cannot confirm a guess at the personal data a request carried.
/// </summary>
public interface IRequestFingerprints
{
    string Of(byte[] request);
}
