using System.Globalization;
using System.Text;
using Marsad.Events;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>The chart of events per country pair over time: one row per pair, one mark per dated event.</summary>
internal static partial class HtmlReport
{
    private static void PairChart(StringBuilder html, IReadOnlyList<Event> events)
    {
        var pairs = PairStats.Summarize(events);
        var dated = events.Where(e => e.When is not null).ToDictionary(e => e.Id, e => e.When!.Value, StringComparer.Ordinal);
        html.Append("<section id=\"pairs\"><h2>الأحداث حسب ثنائيات الدول عبر الزمن <span class=\"en\">Events per country pair over time</span></h2>\n");
        if (pairs.Count == 0 || dated.Count == 0)
        {
            html.Append("<p class=\"empty\">لا بيانات <span class=\"en\">No dated events between two countries</span></p></section>\n");
            return;
        }
        var axis = ChartAxis.Over(dated.Values);
        var height = ChartAxis.Top + (pairs.Count * ChartAxis.RowHeight) + 8;
        html.Append("<svg class=\"chart\" role=\"img\" aria-label=\"events per country pair over time\" viewBox=\"0 0 ")
            .Append(ChartAxis.LabelWidth + ChartAxis.PlotWidth + ChartAxis.Right).Append(' ').Append(height).Append("\" direction=\"ltr\">\n");
        ChartTicks(html, axis, height);
        for (var i = 0; i < pairs.Count; i++)
            PairRow(html, pairs[i], ChartAxis.Top + (i * ChartAxis.RowHeight) + (ChartAxis.RowHeight / 2), axis, dated, events);
        html.Append("</svg>\n<p class=\"legend\"><span class=\"dot\"></span> يوم محدد <span class=\"en\">known day</span>")
            .Append(" <span class=\"bar\"></span> فترة ممكنة <span class=\"en\">possible interval (day not known)</span></p></section>\n");
    }

    /// <summary>The time axis: from the first day of the earliest month to the last day of the latest one.</summary>
    private sealed record ChartAxis(DateOnly Start, DateOnly End)
    {
        public const int LabelWidth = 120, PlotWidth = 820, RowHeight = 28, Top = 24, Right = 16;

        public static ChartAxis Over(IEnumerable<DateInterval> dates)
        {
            var min = dates.Min(d => d.From);
            var max = dates.Max(d => d.To);
            // Pad the axis to whole months so marks never sit on the frame.
            return new ChartAxis(new DateOnly(min.Year, min.Month, 1), new DateOnly(max.Year, max.Month, 1).AddMonths(1).AddDays(-1));
        }

        private int TotalDays => Math.Max(1, End.DayNumber - Start.DayNumber + 1);

        public double X(DateOnly d) => LabelWidth + ((double)(d.DayNumber - Start.DayNumber) / TotalDays * PlotWidth);
    }

    /// <summary>A chart coordinate as written in the SVG: at most one decimal.</summary>
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static void ChartTicks(StringBuilder html, ChartAxis axis, int height)
    {
        foreach (var (tick, label) in Ticks(axis.Start, axis.End))
        {
            html.Append("<line class=\"grid\" x1=\"").Append(F(axis.X(tick))).Append("\" x2=\"").Append(F(axis.X(tick)))
                .Append("\" y1=\"").Append(ChartAxis.Top - 6).Append("\" y2=\"").Append(height - 4).Append("\"/>")
                .Append("<text class=\"tick\" x=\"").Append(F(axis.X(tick) + 3)).Append("\" y=\"").Append(ChartAxis.Top - 10).Append("\">")
                .Append(E(label)).Append("</text>\n");
        }
    }

    /// <summary>Year ticks, or month ticks when the span is short enough to read them.</summary>
    private static IEnumerable<(DateOnly Tick, string Label)> Ticks(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        if (months <= 18)
        {
            for (var d = start; d <= end; d = d.AddMonths(1))
                yield return (d, d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            yield break;
        }
        var step = months <= 12 * 12 ? 1 : 5;
        for (var year = start.Year + (start.Month == 1 && start.Day == 1 ? 0 : 1); year <= end.Year; year += step)
            yield return (new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>One pair's row at height <paramref name="y"/>: its line, its label with the count, a mark per dated event.</summary>
    private static void PairRow(
        StringBuilder html, PairSummary pair, int y, ChartAxis axis, IReadOnlyDictionary<string, DateInterval> dated, IReadOnlyList<Event> events)
    {
        html.Append("<g class=\"pair\" data-countries=\"").Append(E($"{pair.Pair.First} {pair.Pair.Second}"))
            .Append("\" data-ids=\"").Append(E(string.Join(' ', pair.EventIds))).Append("\">")
            .Append("<line class=\"row\" x1=\"").Append(ChartAxis.LabelWidth).Append("\" x2=\"").Append(ChartAxis.LabelWidth + ChartAxis.PlotWidth)
            .Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>")
            .Append("<text class=\"label\" x=\"4\" y=\"").Append(y + 4).Append("\">").Append(E(pair.Pair.ToString()))
            .Append(" (").Append(pair.Count).Append(")</text>");
        foreach (var id in pair.EventIds)
        {
            if (dated.TryGetValue(id, out var when))
                PairMark(html, events.First(x => x.Id == id), when, y, axis);
        }
        html.Append("</g>\n");
    }

    /// <summary>A dot on a known day, or a bar over every day an interval allows, linked to the event's card.</summary>
    private static void PairMark(StringBuilder html, Event e, DateInterval when, int y, ChartAxis axis)
    {
        var tip = $"{when} · {e.Type.Name}{(e.Mode is { } mode ? "/" + mode.Name : "")} · {e.Id}";
        html.Append("<a href=\"#").Append(E(Anchor(e.Id))).Append("\">");
        if (when.IsDay)
        {
            html.Append("<circle class=\"mark t-").Append(E(e.Type.Name)).Append("\" data-id=\"").Append(E(e.Id)).Append("\" cx=\"").Append(F(axis.X(when.From) + 1))
                .Append("\" cy=\"").Append(y).Append("\" r=\"5\">");
        }
        else
        {
            // An interval is drawn as a bar over every day it allows: the date is not pinned down.
            var x1 = axis.X(when.From);
            var w = Math.Max(6, axis.X(when.To.AddDays(1)) - x1);
            html.Append("<rect class=\"mark range t-").Append(E(e.Type.Name)).Append("\" data-id=\"").Append(E(e.Id)).Append("\" x=\"").Append(F(x1))
                .Append("\" y=\"").Append(y - 5).Append("\" width=\"").Append(F(w)).Append("\" height=\"10\" rx=\"5\">");
        }
        html.Append("<title>").Append(E(tip)).Append("</title>").Append(when.IsDay ? "</circle>" : "</rect>").Append("</a>");
    }
}
