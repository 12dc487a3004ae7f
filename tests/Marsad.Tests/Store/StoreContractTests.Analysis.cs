using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>The analysis version a server keeps its loaded analysis by, on every store.</summary>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public void The_analysis_version_grows_with_each_save_and_only_then()
    {
        using var store = OpenStore();
        var empty = store.AnalysisVersion();
        store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 18, 9, 0, 0, TimeSpan.Zero), SampleEvents()));
        var first = store.AnalysisVersion();
        Assert.Equal(first, store.AnalysisVersion());

        store.AfterWriteStep = step => { if (step == "events") throw new InvalidOperationException("crash"); };
        Assert.Throws<InvalidOperationException>(() => store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 19, 9, 0, 0, TimeSpan.Zero), [])));
        store.AfterWriteStep = null;
        Assert.Equal(first, store.AnalysisVersion());

        store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 20, 9, 0, 0, TimeSpan.Zero), []));
        using var reopened = OpenStore();
        Assert.NotNull(empty);
        Assert.True(first > empty, $"{first} after the first save, {empty} before");
        Assert.True(reopened.AnalysisVersion() > first, $"{reopened.AnalysisVersion()} after the second save, {first} after the first");
    }

    [StoreFact]
    public void A_cancelled_analysis_read_stops()
    {
        using var store = OpenStore();
        store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 18, 9, 0, 0, TimeSpan.Zero), SampleEvents()));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => store.LoadAnalysis(cancelled.Token));
        Assert.NotNull(store.LoadAnalysis(CancellationToken.None));
    }
}
