namespace Marsad.Time.Grammar;

/// <summary>
/// A date or a month (<see cref="DateReader"/>): "17 من شباط", "بين 3 و5 آذار", "أيار الماضي",
/// "1 رمضان 1445 هـ", "17/2/2021". Rule: the date's pattern (<see cref="DateCore.Pattern"/>).
/// </summary>
internal static class DateConstruction
{
    public static Parsed? Read(TemporalContext context, int k, IReadOnlyList<string> leadIds) =>
        DateReader.Read(context, k) is { } date
            ? new Parsed(date.End, date.Value(null), date.Pattern + ":" + string.Join("+", date.Ids))
            : null;
}
