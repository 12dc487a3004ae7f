using Marsad.Store;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Web;

/// <summary>
/// The server's only log: one line per entry ("warn: Category[id] message", then the exception),
/// written to a writer with every secret masked by <see cref="Secrets.Redact"/>: the API key in a
/// logged URL (/?key=…), a password in a store error. Levels are filtered by the logging options
/// (<see cref="WebOptions.LogLevel"/>) before an entry reaches it.
/// </summary>
internal sealed class RedactingLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, EventId id, string message, Exception? exception)
    {
        var line = $"{Label(level)}: {category}[{id.Id}] {message}";
        if (exception is not null)
            line += Environment.NewLine + exception;
        line = Secrets.Redact(line);
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class Logger(RedactingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                provider.Write(logLevel, category, eventId, formatter(state, exception), exception);
        }
    }
}
