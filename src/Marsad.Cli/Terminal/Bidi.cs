using System.Text;

namespace Marsad.Cli.Terminal;

/// <summary>
/// Bidi isolation for terminal output. A bidi terminal lays out each line as one paragraph: an
/// Arabic cell would pull the table borders and its neighbours into its right-to-left run. Each
/// cell that holds Arabic is wrapped in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE
/// (U+2069): inside it the text keeps its own direction, outside it is one neutral block, so the
/// borders stay where they are. Both marks are zero-width: terminals without bidi show nothing.
/// </summary>
internal static class Bidi
{
    /// <summary>U+2068 FIRST STRONG ISOLATE.</summary>
    public const char Isolate = '\u2068';

    /// <summary>U+2069 POP DIRECTIONAL ISOLATE.</summary>
    public const char Pop = '\u2069';

    /// <summary>True for a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko and their presentation forms).</summary>
    public static bool IsRtl(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC'
        && char.IsLetter(c);

    /// <summary>True when the text holds a right-to-left letter.</summary>
    public static bool HasRtl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsRtl(c))
                return true;
        }
        return false;
    }

    /// <summary>One field on its own (a cell, a line-format field): isolated when it holds Arabic.</summary>
    public static string Field(string text) => HasRtl(text) ? $"{Isolate}{text}{Pop}" : text;

    /// <summary>A rendered line with every cell that holds Arabic isolated (see <see cref="Cells"/>).</summary>
    public static string Line(string line)
    {
        var marks = Marks(line);
        if (marks.Count == 0)
            return line;
        var text = new StringBuilder(line.Length + marks.Count);
        var next = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            while (next < marks.Count && marks[next].At == i)
                text.Append(marks[next++].Mark);
            if (i < line.Length)
                text.Append(line[i]);
        }
        return text.ToString();
    }

    /// <summary>
    /// Where the marks go in one rendered line: around each cell (the text between box-drawing
    /// borders or gaps of two spaces and more, without its padding) that holds Arabic.
    /// </summary>
    public static List<(int At, char Mark)> Marks(string line)
    {
        var marks = new List<(int, char)>();
        foreach (var (start, end) in Cells(line))
        {
            if (HasRtl(line.AsSpan(start, end - start)))
            {
                marks.Add((start, Isolate));
                marks.Add((end, Pop));
            }
        }
        return marks;
    }

    /// <summary>The cells of a rendered line: [start, end) of each run of text between separators, padding trimmed.</summary>
    public static IEnumerable<(int Start, int End)> Cells(string line)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var separator = IsBorder(c) || (c == ' ' && i + 1 < line.Length && line[i + 1] == ' ') || c == '\t';
            if (separator)
            {
                if (start >= 0)
                    yield return (start, end);
                start = -1;
                continue;
            }
            if (c == ' ' || c == Isolate || c == Pop)
                continue;
            if (start < 0)
                start = i;
            end = i + 1;
        }
        if (start >= 0)
            yield return (start, end);
    }

    /// <summary>Box drawing (table borders) and block elements (progress bars).</summary>
    private static bool IsBorder(char c) => c is >= '\u2500' and <= '\u259F';

    /// <summary>The text without isolation marks (what a reader compares).</summary>
    public static string Strip(string text) => text.Replace(Isolate.ToString(), "", StringComparison.Ordinal).Replace(Pop.ToString(), "", StringComparison.Ordinal);
}
