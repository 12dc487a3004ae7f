using System.Globalization;

namespace Marsad.Ingest;

/// <summary>Reads publication dates as metadata writes them (ISO 8601 dates and date-times, RFC 1123).</summary>
internal static class MetadataDates
{
    /// <summary>The calendar date as written (a date-time's date in its own offset), or null.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
            return DateOnly.FromDateTime(moment.DateTime);
        return null;
    }
}
