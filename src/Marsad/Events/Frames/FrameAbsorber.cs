namespace Marsad.Events.Frames;

/// <summary>
/// A frame without two parties merges with a frame of the same type next to it. After it
/// ("اختتمت الدول الضامنة أعمال الجولة من المحادثات التي جرت في سوتشي"), it lends its place and
/// date; before it, a verb governs the noun ("وانطلقت في 16 من شباط محادثات الجولة") and lends
/// its date, status and phase (start or end of a multi-day event).
/// </summary>
internal static class FrameAbsorber
{
    public static IEnumerable<Draft> AbsorbPartyless(List<Draft> drafts)
    {
        var result = new List<Draft>();
        Draft? pendingVerb = null;
        foreach (var d in drafts)
        {
            var type = d.Frame.Trigger.Entry.Type;
            var current = d;
            if (pendingVerb is not null && pendingVerb.Frame.Trigger.Entry.Type == type && States(d) + States(pendingVerb) >= 2)
                current = Governed(pendingVerb, d);
            pendingVerb = null;
            if (States(current) < 2)
            {
                // "الاتصال الهاتفي ... منذ زيارة كوشنر للرباط في مايو 2018": a frame of another mode is another event, whose date and place are not the host's.
                var host = result.LastOrDefault(r => r.Frame.Trigger.Entry.Type == type && ModesAgree(r, current));
                if (host is not null && !current.Referenced)
                {
                    result[result.IndexOf(host)] = host with
                    {
                        Where = host.Where ?? current.Where,
                        When = JointWhen(host, current),
                        Topics = host.Topics.Union(current.Topics).ToArray(),
                    };
                    continue;
                }
                if (current.Frame.Trigger.Entry.Kind == TriggerKind.Verb)
                    pendingVerb = current;
            }
            result.Add(current);
        }
        return result;
    }

    /// <summary>
    /// The host's date; with the span of days a partyless noun of its sentence gives it ("حط الوزير اليوم ... في زيارة تمتد
    /// من 3 إلى 5 مارس"), the host's day within that span, so publication days that put it outside are ruled out.
    /// </summary>
    private static Time.TemporalMention? JointWhen(Draft host, Draft noun)
    {
        if (host.When is not { } day || noun.When is not { Value: Time.RangeValue or Time.Lasting } span
            || host.DateInherited || noun.DateInherited || day.Value.IsAbsolute || span.Start < day.End)
            return host.When ?? noun.When;
        return day with { Value = new OccasionDay(day.Value, span.Value) };
    }

    /// <summary>The frame after a partyless verb, governed by it ("انطلقت ... محادثات"), takes the verb's parties, date, status and phase.</summary>
    private static Draft Governed(Draft verb, Draft next) => next with
    {
        // "استضاف الوزير ... اجتماعا بمشاركة ...": the host takes part in what it hosts.
        Parties = [.. verb.Parties, .. next.Parties],
        When = next.When ?? verb.When,
        DateInherited = next.When is null ? verb.DateInherited : next.DateInherited,
        Status = verb.Status != EventStatus.Occurred ? verb.Status : next.Status,
        Phase = verb.Phase != DatePhase.Whole ? verb.Phase : next.Phase,
        Where = next.Where ?? verb.Where,
    };

    private static bool ModesAgree(Draft a, Draft b) => Mode(a) is not { } ma || Mode(b) is not { } mb || ma == mb;

    private static EventMode? Mode(Draft d) => d.Frame.CueMode ?? d.Frame.Trigger.Entry.Mode;

    /// <summary>How many states a frame involves: a frame with fewer than two has no event of its own.</summary>
    /// <summary>How many states the draft's parties belong to.</summary>
    internal static int States(Draft d) => d.Parties.Select(p => p.Actor.Country).OfType<string>().Distinct().Count();
}
