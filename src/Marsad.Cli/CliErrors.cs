using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Marsad.Store;
using Spectre.Console.Cli;

namespace Marsad.Cli;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed, or an id was not found.</summary>
    public const int Failed = 1;

    /// <summary>The command line cannot be carried out as given: a bad option or value, a missing or unusable store or path.</summary>
    public const int Usage = 2;
}

/// <summary>A command line that cannot be carried out as given: one line for the user, and the exit code.</summary>
/// <param name="message">What is wrong, on one line.</param>
/// <param name="exitCode">Usually <see cref="ExitCodes.Usage"/>.</param>
public sealed class CliException(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    /// <summary>The exit code the command ends with.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>Turns what a command throws into one line on standard error and an exit code (the stack trace only with --debug).</summary>
internal static class CliErrors
{
    /// <summary>Writes the error and returns the exit code.</summary>
    public static int Report(Exception error, CliStreams streams, bool debug)
    {
        var (code, message) = Describe(error);
        // No message, not even a stack trace, shows a password or key the program was given.
        streams.Error.WriteLine(Secrets.Redact(message));
        if (debug)
            streams.Error.WriteLine(Secrets.Redact(error.ToString()));
        else if (code == ExitCodes.Failed && error is not CliException)
            streams.Error.WriteLine("(run with --debug for the stack trace)");
        return code;
    }

    /// <summary>The exit code and the one-line message for an error.</summary>
    internal static (int Code, string Message) Describe(Exception error) => Unwrap(error) switch
    {
        CliException e => (e.ExitCode, e.Message),
        CommandParseException e => (ExitCodes.Usage, Lower(e.Message)),
        CommandRuntimeException e => (ExitCodes.Usage, Lower(e.Message)),
        StoreException e => (ExitCodes.Usage, FirstLine(e.Message)),
        DbException or SocketException => (ExitCodes.Usage, "cannot use the store: " + FirstLine(Unwrap(error).Message)),
        JsonException e => (ExitCodes.Usage, "not a JSON file this command reads: " + FirstLine(e.Message)),
        FormatException e => (ExitCodes.Usage, FirstLine(e.Message)),
        DirectoryNotFoundException e => (ExitCodes.Usage, FirstLine(e.Message)),
        FileNotFoundException e => (ExitCodes.Usage, FirstLine(e.Message)),
        UnauthorizedAccessException e => (ExitCodes.Usage, FirstLine(e.Message)),
        IOException e when e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase) => (ExitCodes.Usage, FirstLine(e.Message)),
        IOException e => (ExitCodes.Failed, FirstLine(e.Message)),
        OperationCanceledException => (ExitCodes.Failed, "cancelled"),
        var e => (ExitCodes.Failed, $"internal error: {FirstLine(e.Message)}"),
    };

    /// <summary>The error that says what went wrong, under the wrappers that only say where.</summary>
    private static Exception Unwrap(Exception error)
    {
        while (error is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException { InnerException: not null })
            error = error is AggregateException a ? a.InnerExceptions[0] : error.InnerException!;
        return error;
    }

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return line.Trim();
    }

    /// <summary>The parser's messages end with a period and start in upper case; ours do neither.</summary>
    private static string Lower(string message)
    {
        var line = FirstLine(message).TrimEnd('.');
        return line.Length > 1 && char.IsUpper(line[0]) && !char.IsUpper(line[1]) ? char.ToLowerInvariant(line[0]) + line[1..] : line;
    }
}
