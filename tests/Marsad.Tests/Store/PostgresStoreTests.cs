using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Store;

[RequiresPostgres]
public sealed class PostgresStoreTests : StoreContractTests
{
    // Created lazily: when the server is down every test is skipped and nothing may connect.
    private PostgresServer.Scratch? _scratch;

    private PostgresServer.Scratch Scratch => _scratch ??= new PostgresServer.Scratch();

    private protected override RelationalStore OpenStore() => new PostgresStore(Scratch.ConnectionString);

    protected override void ExecuteRaw(string sql) => PostgresServer.Scratch.Execute(sql, Scratch.ConnectionString);

    public override void Dispose() => _scratch?.Dispose();

    [PostgresFact]
    public void Workers_ingesting_the_same_corpus_at_once_store_each_article_once()
    {
        using (OpenStore())
        {
        }
        var outcomes = new IReadOnlyList<IngestOutcome>[4];
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var worker = OpenStore();
            outcomes[i] = IngestService.Ingest(worker, [SeedsFolder]);
        });

        using var store = OpenStore();
        Assert.Equal(5, store.CountArticles());
        var all = outcomes.SelectMany(o => o).ToArray();
        Assert.DoesNotContain(all, o => o.Failed);
        Assert.Equal(5, all.Count(o => o.Status == IngestStatus.Added));
    }

    [PostgresFact]
    public void Workers_migrating_a_fresh_database_at_once_agree_on_the_schema()
    {
        var stores = new RelationalStore[4];
        Parallel.For(0, stores.Length, i => stores[i] = OpenStore());
        Assert.All(stores, s => Assert.Equal(s.LatestVersion, s.SchemaVersion()));
        foreach (var s in stores)
            s.Dispose();
    }

    [PostgresFact]
    public void Factory_recognises_connection_strings_and_urls()
    {
        using (var store = StoreFactory.Open(Scratch.ConnectionString))
            Assert.IsType<PostgresStore>(store);
    }
}
