using System.Data.Common;

namespace Marsad.Store;

internal abstract partial class RelationalStore
{
    private const string FeedColumns = "url, etag, last_modified, last_polled, last_changed, failures, next_poll, last_error";

    public FeedState? FindFeedState(string url)
    {
        using var connection = Connect();
        return Query(connection, $"SELECT {FeedColumns} FROM feed_states WHERE url = @url", ReadFeedState, ("url", url)).FirstOrDefault();
    }

    public void SaveFeedState(FeedState state)
    {
        using var connection = Connect();
        Execute(connection, null, $"""
            INSERT INTO feed_states ({FeedColumns})
            VALUES (@url, @etag, @modified, @polled, @changed, @failures, @next, @error)
            ON CONFLICT (url) DO UPDATE SET
                etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled,
                last_changed = excluded.last_changed, failures = excluded.failures, next_poll = excluded.next_poll,
                last_error = excluded.last_error
            """,
            ("url", state.Url), ("etag", state.ETag), ("modified", state.LastModified), ("polled", Time(state.LastPolled)),
            ("changed", Time(state.LastChanged)), ("failures", state.Failures), ("next", Time(state.NextPoll)), ("error", state.LastError));
    }

    private object? Time(DateTimeOffset? value) => value is { } v ? Timestamp(v) : null;

    private static FeedState ReadFeedState(DbDataReader r) => new(
        r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableTime(r, 3), NullableTime(r, 4),
        Convert.ToInt32(r.GetValue(5)), NullableTime(r, 6), NullableString(r, 7));

    private static DateTimeOffset? NullableTime(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
