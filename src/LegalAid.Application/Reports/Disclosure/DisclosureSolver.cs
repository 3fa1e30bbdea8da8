namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// Works out what a reader of a suppressed table can still learn of its hidden cells from the visible cells and the
/// totals, as an attacker would: by solving the table's equations together (a hidden cell that a combination of rows
/// and columns pins down, however many cells each of them hides), and by narrowing each hidden cell's range from what
/// its mark says ("&lt;5" is 1 to 4; "x" is at least 5, since zeros are never hidden; money is at least 0).
/// </summary>
internal static class DisclosureSolver
{
    private const double Tolerance = 1e-9;

    /// <summary>The hidden cells of a table a reader could work out exactly; empty when every hidden cell stays hidden.</summary>
    public static IReadOnlyList<(int Row, int Column)> Disclosed(SuppressedTable table) =>
        Disclosed(table.Cells, TableEquations.Of(table.Source), table.Source.IsMoney);

    public static IReadOnlyList<(int Row, int Column)> Disclosed(SuppressedCell[,] cells, IReadOnlyList<Equation> equations, Func<int, bool> isMoney)
    {
        var hidden = equations.SelectMany(e => e.Members).Distinct().Where(m => cells[m.Row, m.Column].IsHidden).ToList();
        if (hidden.Count == 0)
        {
            return [];
        }

        var index = hidden.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
        var system = equations.Select(e => Row(e, cells, index)).Where(r => r.Coefficients.Any(c => c != 0)).ToList();
        return DeterminedBySolving(system, hidden.Count).Union(PinnedByRanges(system, hidden, cells, isMoney)).Select(v => hidden[v]).ToList();
    }

    /// <summary>A hidden cell is determined when its unit vector lies in the row space of the hidden part of the system: a row of the reduced echelon form with that one non-zero entry.</summary>
    private static List<int> DeterminedBySolving(List<LinearRow> system, int variables)
    {
        var matrix = system.Select(r => r.Coefficients.ToArray()).ToList();
        var pivotRow = 0;
        for (var column = 0; column < variables && pivotRow < matrix.Count; column++)
        {
            var best = pivotRow;
            for (var r = pivotRow + 1; r < matrix.Count; r++)
            {
                best = Math.Abs(matrix[r][column]) > Math.Abs(matrix[best][column]) ? r : best;
            }

            if (Math.Abs(matrix[best][column]) < Tolerance)
            {
                continue;
            }

            (matrix[pivotRow], matrix[best]) = (matrix[best], matrix[pivotRow]);
            var pivot = matrix[pivotRow][column];
            for (var c = 0; c < variables; c++)
            {
                matrix[pivotRow][c] /= pivot;
            }

            for (var r = 0; r < matrix.Count; r++)
            {
                var factor = matrix[r][column];
                if (r != pivotRow && Math.Abs(factor) > Tolerance)
                {
                    for (var c = 0; c < variables; c++)
                    {
                        matrix[r][c] -= factor * matrix[pivotRow][c];
                    }
                }
            }

            pivotRow++;
        }

        var determined = new List<int>();
        foreach (var row in matrix.Take(pivotRow))
        {
            var nonZero = Enumerable.Range(0, variables).Where(c => Math.Abs(row[c]) > Tolerance).ToList();
            if (nonZero.Count == 1)
            {
                determined.Add(nonZero[0]);
            }
        }

        return determined;
    }

    /// <summary>Narrows every hidden cell's range through each equation in turn until nothing changes; a range of one value discloses the cell.</summary>
    private static List<int> PinnedByRanges(List<LinearRow> system, List<(int Row, int Column)> hidden, SuppressedCell[,] cells, Func<int, bool> isMoney)
    {
        var low = hidden.Select(h => isMoney(h.Column) ? 0d : cells[h.Row, h.Column].Suppression == Suppression.SmallCount ? 1d : SmallCellSuppression.Threshold).ToArray();
        var high = hidden.Select(h => !isMoney(h.Column) && cells[h.Row, h.Column].Suppression == Suppression.SmallCount ? SmallCellSuppression.Threshold - 1d : double.PositiveInfinity).ToArray();
        var terms = system.Select(e => Enumerable.Range(0, hidden.Count).Where(v => e.Coefficients[v] != 0).ToArray()).ToList();
        for (var pass = 0; pass < 100; pass++)
        {
            var narrowed = false;
            for (var e = 0; e < system.Count; e++)
            {
                var equation = system[e];
                var sum = new Bounds();
                foreach (var t in terms[e])
                {
                    sum = sum.Add(Term(equation.Coefficients[t], low[t], high[t]));
                }

                foreach (var v in terms[e])
                {
                    var (restLow, restHigh) = sum.Without(Term(equation.Coefficients[v], low[v], high[v]));
                    var (from, to) = equation.Coefficients[v] > 0
                        ? (equation.Constant - restHigh, equation.Constant - restLow)
                        : (restLow - equation.Constant, restHigh - equation.Constant);
                    if (from > low[v] + Tolerance)
                    {
                        (low[v], narrowed) = (from, true);
                    }

                    if (to < high[v] - Tolerance)
                    {
                        (high[v], narrowed) = (to, true);
                    }
                }
            }

            if (!narrowed)
            {
                break;
            }
        }

        return Enumerable.Range(0, hidden.Count).Where(v => high[v] - low[v] < 0.5).ToList();
    }

    /// <summary>The least and greatest value of coefficient × cell.</summary>
    private static (double Low, double High) Term(double coefficient, double low, double high) =>
        coefficient > 0 ? (coefficient * low, coefficient * high) : (coefficient * high, coefficient * low);

    /// <summary>The range of a sum of terms, counting unbounded ends apart so one term can be taken out again.</summary>
    private readonly record struct Bounds(double Low, int LowUnbounded, double High, int HighUnbounded)
    {
        public Bounds Add((double Low, double High) term) => new(
            double.IsInfinity(term.Low) ? Low : Low + term.Low, LowUnbounded + (double.IsInfinity(term.Low) ? 1 : 0),
            double.IsInfinity(term.High) ? High : High + term.High, HighUnbounded + (double.IsInfinity(term.High) ? 1 : 0));

        public (double Low, double High) Without((double Low, double High) term) => (
            LowUnbounded - (double.IsInfinity(term.Low) ? 1 : 0) > 0 ? double.NegativeInfinity : Low - (double.IsInfinity(term.Low) ? 0 : term.Low),
            HighUnbounded - (double.IsInfinity(term.High) ? 1 : 0) > 0 ? double.PositiveInfinity : High - (double.IsInfinity(term.High) ? 0 : term.High));
    }

    /// <summary>The equation with its visible cells moved to the constant side: Σ hidden parts − hidden whole = constant.</summary>
    private static LinearRow Row(Equation equation, SuppressedCell[,] cells, Dictionary<(int, int), int> index)
    {
        var coefficients = new double[index.Count];
        var constant = 0d;
        foreach (var part in equation.Parts)
        {
            if (cells[part.Row, part.Column].IsHidden)
            {
                coefficients[index[part]] += 1;
            }
            else
            {
                constant -= (double)cells[part.Row, part.Column].Value;
            }
        }

        if (cells[equation.Whole.Row, equation.Whole.Column].IsHidden)
        {
            coefficients[index[equation.Whole]] -= 1;
        }
        else
        {
            constant += (double)cells[equation.Whole.Row, equation.Whole.Column].Value;
        }

        return new LinearRow(coefficients, constant);
    }

    private sealed record LinearRow(double[] Coefficients, double Constant);
}
