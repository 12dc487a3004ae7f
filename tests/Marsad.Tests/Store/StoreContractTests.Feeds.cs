using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>What the feed monitor keeps of each URL, on every store.</summary>
public abstract partial class StoreContractTests
{
    [StoreFact]
    public void Feed_state_reads_back_is_replaced_by_a_later_save_and_outlives_a_reopen()
    {
        const string Url = "https://example.org/feed.xml";
        var at = new DateTimeOffset(2026, 12, 1, 10, 15, 30, TimeSpan.Zero);
        var failing = new FeedState(Url, "\"v1\"", "Tue, 01 Dec 2026 09:00:00 GMT", at, at.AddHours(-1), 2, at.AddMinutes(40), "HTTP 500 Internal Server Error");
        using (var store = OpenStore())
        {
            Assert.Null(store.FindFeedState(Url));
            store.SaveFeedState(failing);
            Assert.Equal(failing, store.FindFeedState(Url));

            store.SaveFeedState(failing with { ETag = null, Failures = 0, LastError = null, NextPoll = at.AddMinutes(10) });
            Assert.Null(store.FindFeedState("https://example.org/other.xml"));
        }
        using var reopened = OpenStore();
        var kept = reopened.FindFeedState(Url)!;
        Assert.Equal((null, 0, null, at.AddMinutes(10)), (kept.ETag, kept.Failures, kept.LastError, kept.NextPoll));
        Assert.Equal(at, kept.LastPolled);
        Assert.Equal("Tue, 01 Dec 2026 09:00:00 GMT", kept.LastModified);
    }
}
