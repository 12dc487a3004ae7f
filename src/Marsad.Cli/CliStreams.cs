using System.Text;

namespace Marsad.Cli;

/// <summary>
/// The plain streams a command writes to besides its console. Exports go to <see cref="Out"/> byte
/// for byte (no wrapping, no markup), so `marsad export &gt; events.json` holds only the export;
/// messages about the run go to <see cref="Error"/>. Tests pass writers they can read.
/// </summary>
public sealed class CliStreams
{
    private readonly Func<TextWriter> _out;
    private readonly Func<TextWriter> _error;
    private readonly bool _standard;

    private CliStreams(Func<TextWriter> output, Func<TextWriter> error, bool standard)
    {
        _out = output;
        _error = error;
        _standard = standard;
    }

    /// <summary>Standard output and standard error, read when written to (a UTF-8 switch replaces Console.Out).</summary>
    public static CliStreams Standard { get; } = new(() => Console.Out, () => Console.Error, standard: true);

    public CliStreams(TextWriter output, TextWriter error)
        : this(() => output, () => error, standard: false)
    {
    }

    public TextWriter Out => _out();

    public TextWriter Error => _error();

    /// <summary>Makes standard output UTF-8 without a byte-order mark, whatever the terminal's locale says.</summary>
    public void UseUtf8()
    {
        if (_standard)
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
}
