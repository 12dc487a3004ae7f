using Marsad.Text;

namespace Marsad.Events.Frames;

/// <summary>
/// Several bilateral meetings in one report are one event per partner: "التقى الرئيس كلا من A وB
/// وC", "مباحثات منفصلة مع ...", "لقاءات ثنائية مع ...", or a list of partners met on an occasion's
/// sidelines ("على هامش قمة مجموعة العشرين، التقى الرئيس A وB"). A meeting marked as one of several
/// states together ("اجتماع ثلاثي") stays one event.
/// </summary>
internal sealed class PartnerSplitter(FrameRules rules)
{
    /// <summary>How many tokens after the trigger a multilateral marker qualifies it ("اجتماعا ثلاثيا", "قمة ثلاثية").</summary>
    private const int MarkerReach = 2;

    /// <summary>The drafts the report stands for: one per partner state when it reports separate meetings, else itself.</summary>
    public IReadOnlyList<Draft> Split(Draft d, IReadOnlyList<Token> tokens, bool onOccasion)
    {
        if (!rules.Lexicons.Types.AbsorbsStatements(d.Frame.Trigger.Entry.Type) || d.SubjectParties.Count == 0)
            return [d];
        var subjectCountries = d.SubjectParties.Select(p => p.Actor.Country).OfType<string>().Distinct().ToArray();
        if (subjectCountries.Length != 1)
            return [d];
        var subject = subjectCountries[0];
        var partners = d.Parties.Where(p => p.Actor.Country is { } c && c != subject && !d.SubjectParties.Contains(p))
            .GroupBy(p => p.Actor.Country!)
            .ToArray();
        if (partners.Length < 2 || IsMultilateral(d.Frame, tokens) || !(onOccasion || IsDistributive(d.Frame, tokens)))
            return [d];
        var own = d.Parties.Where(p => p.Actor.Country == subject).ToArray();
        return partners.Select(g => d with { Parties = [.. own, .. g] }).ToArray();
    }

    private bool IsMultilateral(Frame frame, IReadOnlyList<Token> tokens)
    {
        var end = Math.Min(frame.WindowEnd, frame.Trigger.EndToken + MarkerReach);
        for (var i = frame.Trigger.FirstToken; i < end; i++)
        {
            if (rules.Words.TokenIs(tokens[i], (w, r) => w.IsMultilateralMarker(r)))
                return true;
        }
        return false;
    }

    /// <summary>A distributive word in the frame ("منفصلة", "ثنائية"), or a list opener ("كل من").</summary>
    private bool IsDistributive(Frame frame, IReadOnlyList<Token> tokens)
    {
        for (var i = frame.Trigger.FirstToken; i < frame.WindowEnd; i++)
        {
            var t = tokens[i];
            if (rules.Words.TokenIs(t, (w, r) => w.IsDistributive(r)))
                return true;
            if (i + 1 < frame.WindowEnd && tokens[i + 1].Norm == "من" && rules.Words.TokenIs(t, (w, r) => w.IsListOpener(r)))
                return true;
        }
        return false;
    }
}
