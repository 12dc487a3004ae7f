using System.Globalization;
using Marsad.Time;

namespace Marsad.Cli.Commands;

/// <summary>Strict readings of option values: a date that is not a calendar day is an error, never a guess.</summary>
internal static class CliValues
{
    /// <summary>The day yyyy-MM-dd names, or null (also for null).</summary>
    public static DateOnly? Day(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>Why <paramref name="text"/> is not a day for <paramref name="option"/>, or null when it is one (or absent).</summary>
    public static string? DayError(string option, string? text) =>
        text is null || Day(text) is not null ? null : $"{option} {text}: not a calendar day (yyyy-MM-dd)";

    /// <summary>"2025-03-01" or "2025-03-01..2025-03-31"; null when <paramref name="error"/> says why not.</summary>
    public static DateInterval? Interval(string text, string option, out string? error)
    {
        var parts = text.Split("..");
        error = null;
        if (parts.Length is 1 or 2 && Day(parts[0]) is { } from && Day(parts[^1]) is { } to)
        {
            if (DateInterval.TryCreate(from, to) is { } interval)
                return interval;
            error = $"{option} {text}: the interval ends before it starts";
            return null;
        }
        error = $"{option} {text}: not a day (yyyy-MM-dd) or an interval (yyyy-MM-dd..yyyy-MM-dd)";
        return null;
    }

    /// <summary>Why <paramref name="path"/> cannot be written by <paramref name="option"/> (a missing folder, a folder), or null.</summary>
    public static string? OutputError(string option, string? path)
    {
        if (path is null || path == "-")
            return null;
        if (Directory.Exists(path))
            return $"{option} {path}: is a folder, not a file";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) ? null : $"{option} {path}: no folder {folder}";
    }
}
