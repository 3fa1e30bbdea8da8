using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace LegalAid.Application.Tests;

/// <summary>What a PDF draws, read from its pages' content streams.</summary>
internal static class PdfDrawing
{
    /// <summary>The rectangles stroked with a dashed line, on each page.</summary>
    public static IReadOnlyList<int> DashedRectangles(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return Enumerable.Range(0, document.PageCount).Select(i => DashedRectangles(document.Pages[i])).ToList();
    }

    private static int DashedRectangles(PdfPage page)
    {
        var dashed = false;
        var saved = new Stack<bool>();
        var rectangle = false;
        var count = 0;
        foreach (var op in Operators(ContentReader.ReadContent(page)))
        {
            switch (op.OpCode.Name)
            {
                case "q":
                    saved.Push(dashed);
                    break;
                case "Q":
                    dashed = saved.Pop();
                    break;
                case "d":
                    dashed = op.Operands[0] is CArray { Count: > 0 };
                    break;
                case "re":
                    rectangle = true;
                    break;
                case "S" or "s" or "B" or "B*" or "b" or "b*":
                    count += dashed && rectangle ? 1 : 0;
                    rectangle = false;
                    break;
                case "f" or "F" or "f*" or "n":
                    rectangle = false;
                    break;
            }
        }

        return count;
    }

    private static IEnumerable<COperator> Operators(CSequence sequence) =>
        sequence.SelectMany(item => item switch
        {
            COperator op => [op],
            CSequence inner => Operators(inner),
            _ => [],
        });
}
