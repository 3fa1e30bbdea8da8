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

    /// <summary>An equation of the table: the parts add up to the whole.</summary>
    public sealed record Equation((int Row, int Column) Whole, IReadOnlyList<(int Row, int Column)> Parts)
    {
        public IEnumerable<(int Row, int Column)> Members => Parts.Append(Whole);
    }

    /// <summary>The first hidden cell a reader could work out exactly, or null when every hidden cell stays hidden.</summary>
    public static (int Row, int Column)? FirstDisclosed(SuppressedCell[,] cells, IReadOnlyList<Equation> equations, Func<int, bool> isMoney)
    {
        var hidden = equations.SelectMany(e => e.Members).Distinct().Where(m => cells[m.Row, m.Column].IsHidden).ToList();
        if (hidden.Count == 0)
        {
            return null;
        }

        var index = hidden.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
        var system = equations.Select(e => Row(e, cells, index)).Where(r => r.Coefficients.Any(c => c != 0)).ToList();
        return DeterminedBySolving(system, hidden.Count) is { } solved ? hidden[solved]
            : PinnedByRanges(system, hidden, cells, isMoney) is { } pinned ? hidden[pinned]
            : null;
    }

    /// <summary>A hidden cell is determined when its unit vector lies in the row space of the hidden part of the system: a row of the reduced echelon form with that one non-zero entry.</summary>
    private static int? DeterminedBySolving(List<LinearRow> system, int variables)
    {
        var matrix = system.Select(r => r.Coefficients.ToArray()).ToList();
        var pivotRow = 0;
        for (var column = 0; column < variables && pivotRow < matrix.Count; column++)
        {
            var best = Enumerable.Range(pivotRow, matrix.Count - pivotRow).MaxBy(r => Math.Abs(matrix[r][column]));
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

        foreach (var row in matrix.Take(pivotRow))
        {
            var nonZero = Enumerable.Range(0, variables).Where(c => Math.Abs(row[c]) > Tolerance).ToList();
            if (nonZero.Count == 1)
            {
                return nonZero[0];
            }
        }

        return null;
    }

    /// <summary>Narrows every hidden cell's range through each equation in turn until nothing changes; a range of one value discloses the cell.</summary>
    private static int? PinnedByRanges(List<LinearRow> system, List<(int Row, int Column)> hidden, SuppressedCell[,] cells, Func<int, bool> isMoney)
    {
        var low = hidden.Select(h => isMoney(h.Column) ? 0d : cells[h.Row, h.Column].Suppression == Suppression.SmallCount ? 1d : SmallCellSuppression.Threshold).ToArray();
        var high = hidden.Select(h => !isMoney(h.Column) && cells[h.Row, h.Column].Suppression == Suppression.SmallCount ? SmallCellSuppression.Threshold - 1d : double.PositiveInfinity).ToArray();
        for (var pass = 0; pass < 100; pass++)
        {
            var narrowed = false;
            foreach (var equation in system)
            {
                var terms = Enumerable.Range(0, hidden.Count).Where(v => equation.Coefficients[v] != 0).ToList();
                foreach (var v in terms)
                {
                    var others = terms.Where(t => t != v).ToList();
                    var restLow = others.Sum(t => Math.Min(equation.Coefficients[t] * low[t], equation.Coefficients[t] * high[t]));
                    var restHigh = others.Sum(t => Math.Max(equation.Coefficients[t] * low[t], equation.Coefficients[t] * high[t]));
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

            if (Enumerable.Range(0, hidden.Count).FirstOrDefault(v => high[v] - low[v] < 0.5, -1) is var pinned and >= 0)
            {
                return pinned;
            }

            if (!narrowed)
            {
                return null;
            }
        }

        return null;
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
