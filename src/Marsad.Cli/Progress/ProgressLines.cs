using System.Globalization;

namespace Marsad.Cli.Progress;

/// <summary>
/// Progress as lines on standard error when it is not a terminal (a log, a CI job): one line each
/// tenth of the total and one at the end, so a long run shows it is moving without flooding.
/// Safe to call from parallel workers; counts may jump (ingest reports a committed batch at once).
/// A total not known yet (files still being counted) gives a line each <see cref="UncountedStep"/>.
/// </summary>
/// <param name="error">Where the lines go.</param>
/// <param name="what">"ingest", "annotate".</param>
/// <param name="total">The real total (files, articles), or null until <see cref="Counted"/> gives it.</param>
/// <param name="unit">"files", "articles".</param>
internal sealed class ProgressLines(TextWriter error, string what, int? total, string unit)
{
    /// <summary>How many items a line stands for while the total is not known.</summary>
    public const int UncountedStep = 1_000;

    private readonly Lock _gate = new();
    private int? _total = total;
    private int _last = -1;

    /// <summary>The total, once it is known.</summary>
    public void Counted(int known)
    {
        lock (_gate)
            _total = known;
    }

    /// <summary>Reports that <paramref name="done"/> of the total are done; <paramref name="detail"/> adds what they gave.</summary>
    public void Report(int done, string? detail = null)
    {
        lock (_gate)
        {
            var step = _total is { } known ? Math.Max(1, known / 10) : UncountedStep;
            // A line when the count reaches the next step, or the total, even by jumping past it.
            if (done <= _last || (done != _total && (_last < 0 ? 0 : _last / step) == done / step))
                return;
            _last = done;
            var of = _total is { } counted ? $"{done}/{counted}" : $"{done}/…";
            error.WriteLine($"{what}: {of} {unit}{(detail is null ? "" : ", " + detail)}");
        }
    }

    /// <summary>"0.42 s".</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}

/// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, after the work is done).</summary>
/// <param name="report">What to do with each report.</param>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => report(value);
}
