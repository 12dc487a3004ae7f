using Spectre.Console;
using Spectre.Console.Rendering;

namespace Marsad.Cli.Terminal;

/// <summary>
/// Renders a table, grid or panel as it is, then isolates each cell that holds Arabic on each
/// rendered line (<see cref="Bidi"/>). Isolating after the layout means a cell wrapped over
/// several lines is isolated line by line, and the marks (zero-width) never change a width.
/// </summary>
/// <param name="inner">What to render.</param>
internal sealed class BidiIsolated(IRenderable inner) : IRenderable
{
    /// <inheritdoc/>
    public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var line = new List<Segment>();
        foreach (var segment in inner.Render(options, maxWidth))
        {
            if (segment.IsLineBreak)
            {
                foreach (var s in IsolateLine(line))
                    yield return s;
                line.Clear();
                yield return segment;
                continue;
            }
            line.Add(segment);
        }
        foreach (var s in IsolateLine(line))
            yield return s;
    }

    /// <summary>The line's segments with the isolation marks inserted where <see cref="Bidi.Marks"/> puts them.</summary>
    private static IEnumerable<Segment> IsolateLine(List<Segment> line)
    {
        var text = string.Concat(line.Select(s => s.IsControlCode ? "" : s.Text));
        var marks = Bidi.Marks(text);
        if (marks.Count == 0)
            return line;
        var result = new List<Segment>(line.Count);
        var offset = 0;
        var next = 0;
        foreach (var segment in line)
        {
            if (segment.IsControlCode)
            {
                result.Add(segment);
                continue;
            }
            var end = offset + segment.Text.Length;
            var piece = new System.Text.StringBuilder();
            for (var i = offset; i < end; i++)
            {
                while (next < marks.Count && marks[next].At == i)
                    piece.Append(marks[next++].Mark);
                piece.Append(text[i]);
            }
            // A closing mark right after the segment's text goes with it; an opening one waits for the next segment.
            while (next < marks.Count && marks[next].At == end && marks[next].Mark == Bidi.Pop)
                piece.Append(marks[next++].Mark);
            result.Add(new Segment(piece.ToString(), segment.Style));
            offset = end;
        }
        return result;
    }
}
