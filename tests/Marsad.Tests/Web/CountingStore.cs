using Marsad.Store;

namespace Marsad.Tests.Web;

/// <summary>
/// A store whose analysis a test replaces (<see cref="Save"/>, which moves the version on) and
/// which counts its reads; <see cref="Gate"/>, when set, holds every read until the test opens it.
/// </summary>
internal sealed class CountingStore(AnalysisSnapshot snapshot) : AnalysisOnlyStore
{
    private AnalysisSnapshot _snapshot = snapshot;
    private long _version = 1;
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public ManualResetEventSlim? Gate { get; init; }

    /// <summary>Set once a read has begun.</summary>
    public ManualResetEventSlim Entered { get; } = new(false);

    /// <summary>Set when a read saw its token cancelled.</summary>
    public ManualResetEventSlim SawCancellation { get; } = new(false);

    public void Save(AnalysisSnapshot next)
    {
        Volatile.Write(ref _snapshot, next);
        Interlocked.Increment(ref _version);
    }

    public override long? AnalysisVersion() => Interlocked.Read(ref _version);

    public override AnalysisSnapshot? LoadAnalysis() => LoadAnalysis(CancellationToken.None);

    public override AnalysisSnapshot? LoadAnalysis(CancellationToken cancellation)
    {
        Interlocked.Increment(ref _reads);
        Entered.Set();
        if (Gate is { } gate)
        {
            try
            {
                gate.Wait(cancellation);
            }
            catch (OperationCanceledException)
            {
                SawCancellation.Set();
                throw;
            }
        }
        return Volatile.Read(ref _snapshot);
    }
}
