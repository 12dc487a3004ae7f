using System.Reflection;
using Spectre.Console.Cli;

namespace Marsad.Cli;

/// <summary>The command line as given, made ready for the parser: what it cannot read is handled or refused here.</summary>
/// <param name="Args">The arguments to parse: --debug taken out, a lone "-" replaced by <see cref="CliArguments.Stdin"/>.</param>
/// <param name="Debug">True when --debug was given: errors print their stack trace.</param>
internal sealed record PreparedArguments(string[] Args, bool Debug);

/// <summary>
/// Reads what the parser does not: "-" for standard input (the parser takes it for an option
/// without a name), --debug before any command, and unknown commands and options, which are
/// refused with the nearest known name instead of being ignored.
/// </summary>
internal static class CliArguments
{
    /// <summary>Stands for a lone "-" until the parser is done; <see cref="Restore"/> turns it back.</summary>
    public const string Stdin = "\uE000stdin";

    /// <summary>Options every command accepts.</summary>
    private static readonly IReadOnlyDictionary<string, bool> BuiltIn = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["-h"] = false,
        ["--help"] = false,
    };

    /// <summary>Takes --debug out and protects "-" from the parser.</summary>
    public static PreparedArguments Prepare(IEnumerable<string> args)
    {
        var list = new List<string>();
        var debug = false;
        var literal = false;
        foreach (var arg in args)
        {
            if (!literal && arg == "--debug")
            {
                debug = true;
                continue;
            }
            literal |= arg == "--";
            list.Add(arg == "-" ? Stdin : arg);
        }
        return new PreparedArguments([.. list], debug);
    }

    /// <summary>"-" where the parser saw <see cref="Stdin"/>.</summary>
    public static string Restore(string value) => value == Stdin ? "-" : value;

    /// <summary>The first usage error in <paramref name="args"/> (an unknown command or option), or null.</summary>
    /// <param name="args">Prepared arguments.</param>
    /// <param name="commands">Every command name with the type of its settings.</param>
    public static string? Check(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> commands)
    {
        if (args.Count == 0)
            return null;
        var first = args[0];
        if (IsOption(first))
        {
            string[] root = ["-h", "--help", "-v", "--version"];
            var name = OptionName(first);
            return root.Contains(name, StringComparer.Ordinal) ? null : Unknown("option", name, root);
        }
        if (!commands.TryGetValue(first, out var settings))
            return Unknown("command", first, commands.Keys);
        var options = OptionsOf(settings);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
                break;
            if (!IsOption(arg))
                continue;
            var name = OptionName(arg);
            if (!options.TryGetValue(name, out var takesValue))
                return Unknown("option", name, options.Keys.Where(k => k.StartsWith("--", StringComparison.Ordinal)));
            if (takesValue && name.Length == arg.Length)
                i++;
        }
        return null;
    }

    /// <summary>Every option name the settings type declares (long and short), with whether it takes a value.</summary>
    public static IReadOnlyDictionary<string, bool> OptionsOf(Type settings)
    {
        var options = new Dictionary<string, bool>(BuiltIn, StringComparer.Ordinal);
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
                continue;
            var takesValue = option.ValueName is not null;
            foreach (var name in option.LongNames)
                options["--" + name] = takesValue;
            foreach (var name in option.ShortNames)
                options["-" + name] = takesValue;
        }
        return options;
    }

    /// <summary>The settings type of a command class (the T of Command&lt;T&gt; or AsyncCommand&lt;T&gt;).</summary>
    public static Type SettingsOf(Type command)
    {
        for (var type = command; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
                return settings;
        }
        throw new ArgumentException($"{command.Name} is not a command with settings", nameof(command));
    }

    /// <summary>"unknown option --contry; did you mean --country?"</summary>
    private static string Unknown(string what, string name, IEnumerable<string> known)
    {
        var suggestion = Suggestion(name, known);
        return suggestion is null ? $"unknown {what} {name}; see marsad --help" : $"unknown {what} {name}; did you mean {suggestion}?";
    }

    /// <summary>The known name nearest to <paramref name="name"/>, when it is near enough to be a slip.</summary>
    internal static string? Suggestion(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(name, k)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is null)
            return null;
        var prefix = known.Where(k => k.StartsWith(name, StringComparison.Ordinal)).ToArray();
        if (prefix.Length == 1)
            return prefix[0];
        var allowed = Math.Max(2, name.TrimStart('-').Length / 3);
        return best.Distance <= allowed ? best.Name : null;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>"--x", "-x", "--x=v"; not "-" (stdin, already replaced), "-12" (a number) or "--".</summary>
    private static bool IsOption(string arg) =>
        arg.Length > 1 && arg[0] == '-' && arg != "--" && !char.IsDigit(arg[1]);

    /// <summary>The option's name without an attached value ("--from=2021" is "--from").</summary>
    private static string OptionName(string arg)
    {
        var end = arg.IndexOfAny(['=', ':']);
        return end > 0 ? arg[..end] : arg;
    }
}
