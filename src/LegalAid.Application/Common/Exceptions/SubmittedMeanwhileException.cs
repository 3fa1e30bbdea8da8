namespace LegalAid.Application.Common.Exceptions;

/// <summary>
/// Another copy of the same submission (its key) was saved while this one ran, so this copy is undone; sent again, it
/// finds the saved answer. Only a database that lets both copies read before either writes (SQL Server) gets here.
/// </summary>
public sealed class SubmittedMeanwhileException() : Exception("The same submission was saved by another request meanwhile; this copy was undone.");
