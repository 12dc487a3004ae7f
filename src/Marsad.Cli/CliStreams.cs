using System.Text;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// The plain streams a command reads and writes besides its console. Data goes to <see cref="Out"/>
/// byte for byte (no wrapping, no markup), so `marsad export &gt; events.json` holds only the export;
/// progress, warnings and errors go to <see cref="Error"/>; "-" reads <see cref="OpenInput"/>.
/// Tests pass writers and an input they control.
/// </summary>
public sealed class CliStreams
{
    private readonly Func<TextWriter> _out;
    private readonly Func<TextWriter> _error;
    private readonly Func<Stream> _in;
    private readonly bool _standard;

    private CliStreams(Func<TextWriter> output, Func<TextWriter> error, Func<Stream> input, bool standard)
    {
        _out = output;
        _error = error;
        _in = input;
        _standard = standard;
    }

    /// <summary>Standard output, error and input, read when used (a UTF-8 switch replaces Console.Out).</summary>
    public static CliStreams Standard { get; } = new(() => Console.Out, () => Console.Error, Console.OpenStandardInput, standard: true);

    /// <param name="output">Where data goes.</param>
    /// <param name="error">Where progress, warnings and errors go.</param>
    /// <param name="input">What "-" reads (default: nothing).</param>
    public CliStreams(TextWriter output, TextWriter error, Stream? input = null)
        : this(() => output, () => error, () => input ?? Stream.Null, standard: false)
    {
    }

    /// <summary>Where data goes.</summary>
    public TextWriter Out => _out();

    /// <summary>Where progress, warnings and errors go.</summary>
    public TextWriter Error => _error();

    /// <summary>True when standard error is a terminal a progress bar can be drawn on.</summary>
    public bool ErrorIsTerminal => _standard && !Console.IsErrorRedirected;

    /// <summary>What "-" on the command line reads.</summary>
    public Stream OpenInput() => _in();

    /// <summary>A console over standard error for live progress, or null when standard error is not a terminal.</summary>
    public IAnsiConsole? ProgressConsole() =>
        ErrorIsTerminal ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null;

    /// <summary>Makes standard output and error UTF-8 without a byte-order mark, whatever the terminal's locale says.</summary>
    public void UseUtf8()
    {
        if (_standard)
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
}
