using System.Globalization;
using Spectre.Console;

namespace Marsad.Cli.Terminal;

/// <summary>The console the commands write their tables to: standard output, as wide as the terminal says.</summary>
internal static class TerminalConsole
{
    /// <summary>The width used when output is redirected and COLUMNS is not set: wide enough that no table wraps.</summary>
    public const int Unwrapped = 10_000;

    /// <summary>
    /// The width tables get: COLUMNS when it is set (a terminal or a pipe), else none (the
    /// terminal's own) on a terminal, else <see cref="Unwrapped"/>: a pipe has no width to wrap at.
    /// </summary>
    /// <param name="columns">The COLUMNS environment variable.</param>
    /// <param name="redirected">True when standard output is not a terminal.</param>
    public static int? Width(string? columns, bool redirected)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0)
            return width;
        return redirected ? Unwrapped : null;
    }

    /// <summary>A console over standard output with the width of <see cref="Width"/>.</summary>
    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Width(Environment.GetEnvironmentVariable("COLUMNS"), Console.IsOutputRedirected) is { } width)
            console.Profile.Width = width;
        return console;
    }

    /// <summary>Writes a table, grid or panel with each Arabic cell bidi-isolated.</summary>
    public static void WriteIsolated(this IAnsiConsole console, Spectre.Console.Rendering.IRenderable renderable) =>
        console.Write(new BidiIsolated(renderable));
}
