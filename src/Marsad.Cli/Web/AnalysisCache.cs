using Marsad.Store;

namespace Marsad.Cli.Web;

/// <summary>
/// The analysis the server answers from, read from the store once and kept until the store's
/// <see cref="IMarsadStore.AnalysisVersion"/> changes (a store that does not tell is read for
/// every request). Requests never wait on each other except for a read they need: concurrent
/// requests that find the analysis changed share one read, which stops when every one of them
/// has gone (client left or timed out).
/// </summary>
internal sealed class AnalysisCache(IMarsadStore store)
{
    private static readonly AnalysisSnapshot Empty = new(DateTimeOffset.UnixEpoch, [], []);

    // Guards only the hand-over of _current and _reading, never a read of the store.
    private readonly Lock _gate = new();
    private ServedAnalysis? _current;
    private Reading? _reading;

    /// <summary>The latest saved analysis; throws <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires first.</summary>
    public async Task<ServedAnalysis> Get(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var version = store.AnalysisVersion();
        var current = Volatile.Read(ref _current);
        if (version is not null && current?.Version == version)
            return current;
        Reading reading;
        lock (_gate)
        {
            if (_reading is not { } shared || shared.Version != version || shared.Abandoned || shared.Task.IsCompleted)
                _reading = shared = Start(version);
            shared.Waiters++;
            reading = shared;
        }
        try
        {
            return await reading.Task.WaitAsync(cancellation);
        }
        finally
        {
            Leave(reading);
        }
    }

    private Reading Start(long? version)
    {
        var reading = new Reading(version);
        // A read takes seconds of blocking I/O and parsing: on a thread of its own, not one the requests need.
        reading.Task = Task.Factory.StartNew(() => new ServedAnalysis(version, store.LoadAnalysis(reading.Stop.Token) ?? Empty),
            reading.Stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        reading.Task.ContinueWith(done => Finish(reading, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return reading;
    }

    private void Finish(Reading reading, Task<ServedAnalysis> done)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_reading, reading))
                _reading = null;
            // A read that finished late never replaces a newer one (versions only grow).
            if (done.IsCompletedSuccessfully && (_current?.Version is not { } kept || reading.Version is not { } read || read >= kept))
                _current = done.Result;
        }
        reading.Stop.Dispose();
    }

    private void Leave(Reading reading)
    {
        lock (_gate)
        {
            if (--reading.Waiters > 0 || reading.Task.IsCompleted)
                return;
            reading.Abandoned = true;
            if (ReferenceEquals(_reading, reading))
                _reading = null;
        }
        try
        {
            reading.Stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The read finished meanwhile: nothing to stop.
        }
    }

    /// <summary>One read of the store in flight, and how many requests wait for it.</summary>
    private sealed class Reading(long? version)
    {
        public long? Version { get; } = version;

        public CancellationTokenSource Stop { get; } = new();

        public Task<ServedAnalysis> Task { get; set; } = null!;

        public int Waiters { get; set; }

        public bool Abandoned { get; set; }
    }
}
