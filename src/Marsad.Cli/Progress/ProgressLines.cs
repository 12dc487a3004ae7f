using System.Globalization;

namespace Marsad.Cli.Progress;

/// <summary>
/// Progress as lines on standard error when it is not a terminal (a log, a CI job): one line each
/// tenth of the total and one at the end, so a long run shows it is moving without flooding.
/// Safe to call from parallel workers; counts may jump (ingest reports a committed batch at once).
/// </summary>
/// <param name="error">Where the lines go.</param>
/// <param name="what">"ingest", "annotate".</param>
/// <param name="total">The real total (files, articles).</param>
/// <param name="unit">"files", "articles".</param>
internal sealed class ProgressLines(TextWriter error, string what, int total, string unit)
{
    private readonly Lock _gate = new();
    private readonly int _step = Math.Max(1, total / 10);
    private int _last = -1;

    /// <summary>Reports that <paramref name="done"/> of the total are done; <paramref name="detail"/> adds what they gave.</summary>
    public void Report(int done, string? detail = null)
    {
        lock (_gate)
        {
            // A line when the count reaches the next tenth, or the total, even by jumping past it.
            if (done <= _last || (done != total && (_last < 0 ? 0 : _last / _step) == done / _step))
                return;
            _last = done;
            error.WriteLine($"{what}: {done}/{total} {unit}{(detail is null ? "" : ", " + detail)}");
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
