using Marsad.Actors;
using Marsad.Clean;
using Marsad.Events;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Store;

/// <summary>
/// What every <see cref="IMarsadStore"/> must do. Concrete classes supply a fresh, empty store;
/// each test runs against SQLite and PostgreSQL alike.
/// </summary>
public abstract partial class StoreContractTests : IDisposable
{
    /// <summary>Opens (or reopens) the store under test; every call sees the same database.</summary>
    private protected abstract RelationalStore OpenStore();

    /// <summary>Runs SQL directly on the database, around the store.</summary>
    protected abstract void ExecuteRaw(string sql);

    public abstract void Dispose();

    internal static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    internal static (SourceDocument Source, Article Article) Doc(string id, string body, string? title = "عنوان الخبر")
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + "\n" + body)));
        var source = new SourceDocument(id, "txt", "/in/" + id, title, body, "https://example.org/" + id, new DateOnly(2021, 2, 17), "وكالة", hash);
        var article = new Article(id, source.Url, title ?? "", (title ?? "") + "\n" + body, "وكالة", "وكالة| في السطر الأول",
            new DateInterval(new DateOnly(2021, 2, 16), new DateOnly(2021, 2, 17)), hash, ["شارك الخبر", "اقرأ أيضا"]);
        return (source, article);
    }

    [StoreFact]
    public void Added_article_and_its_source_read_back_field_by_field()
    {
        using var store = OpenStore();
        var (source, article) = Doc("a1", "بحث وزير الخارجية السوري مع نظيره الروسي العلاقات الثنائية.");
        Assert.Equal(AddResult.Added, store.AddArticle(source, article));

        var stored = store.FindArticle("a1");
        Assert.NotNull(stored);
        Assert.Equal(StoreJson.Write(article), StoreJson.Write(stored));
        Assert.Equal(source, store.FindSource("a1"));
        Assert.Equal(1, store.CountArticles());
        Assert.Null(store.FindArticle("missing"));
        Assert.Null(store.FindSource("missing"));
    }

    [StoreFact]
    public void Re_ingesting_the_same_corpus_adds_nothing()
    {
        using var store = OpenStore();
        var first = IngestService.Ingest(store, [SeedsFolder]);
        var second = IngestService.Ingest(store, [SeedsFolder]);

        Assert.Equal(5, first.Count);
        Assert.All(first, o => Assert.Equal(IngestStatus.Added, o.Status));
        Assert.Equal(5, second.Count);
        Assert.All(second, o => Assert.Equal(IngestStatus.Duplicate, o.Status));
        Assert.Equal(5, store.CountArticles());
        Assert.Equal(first.Select(o => o.DocumentId).Order(), store.LoadArticles().Select(a => a.Id));
    }

    [StoreFact]
    public void Same_content_from_the_same_outlet_under_another_id_is_one_article_with_both_origins()
    {
        using var store = OpenStore();
        var (source, article) = Doc("a1", "نص الخبر");
        store.AddArticle(source, article);
        Assert.Equal(AddResult.Duplicate, store.AddArticle(source with { Id = "a2", Origin = "/copy/a2" }, article with { Id = "a2" }));
        Assert.Null(store.FindArticle("a2"));
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(["/copy/a2", "/in/a1"], store.Origins("a1"));
    }

    [StoreFact]
    public void Same_content_from_another_outlet_is_another_article()
    {
        using var store = OpenStore();
        var (source, article) = Doc("a1", "نص وكالة تنشره صحيفتان");
        store.AddArticle(source, article);
        Assert.Equal(AddResult.Added, store.AddArticle(source with { Id = "a2" }, article with { Id = "a2", Outlet = "صحيفة أخرى" }));
        Assert.Equal(2, store.CountArticles());
    }

    [StoreFact]
    public void One_story_read_as_a_text_file_a_json_line_and_a_feed_item_is_one_article()
    {
        var root = Directory.CreateTempSubdirectory("marsad-formats-").FullName;
        try
        {
            var files = SameStoryFiles.Write(root, Path.Combine(SeedsFolder, "001_64472d528037be5b.txt"), "عنب بلدي");
            using var store = OpenStore();
            var outcomes = IngestService.Ingest(store, files);
            Assert.Equal([IngestStatus.Added, IngestStatus.Duplicate, IngestStatus.Duplicate], outcomes.Select(o => o.Status));
            var article = Assert.Single(store.LoadArticles());
            Assert.Equal("عنب بلدي", article.Outlet);
            Assert.Equal(3, store.Origins(article.Id).Count);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [StoreFact]
    public void One_url_read_from_a_json_line_and_a_feed_is_one_article()
    {
        var (source, article) = Doc("line-7", "نص الخبر كما في سطر JSON");
        using var store = OpenStore();
        store.AddArticle(source, article);
        // The feed gives the same address, a shorter text, and no outlet the text would name.
        var (feedSource, feedArticle) = Doc("https://example.org/line-7", "ملخص الخبر في الخلاصة");
        var result = store.AddArticle(feedSource with { Url = article.Url }, feedArticle with { Url = article.Url, Outlet = null });
        Assert.Equal(AddResult.Duplicate, result);
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(2, store.Origins("line-7").Count);
    }

    [StoreFact]
    public void The_same_agency_copy_from_two_outlets_stays_two_articles_with_their_outlets()
    {
        var (source, article) = Doc("sana", "نص وكالة سانا كما نشرته الوكالة");
        using var store = OpenStore();
        store.AddArticle(source with { Url = null }, article with { Url = null, Outlet = "سانا" });
        var copy = store.AddArticle(source with { Id = "watan", Url = null }, article with { Id = "watan", Url = null, Outlet = "الوطن" });
        Assert.Equal(AddResult.Added, copy);
        Assert.Equal(["الوطن", "سانا"], store.LoadArticles().Select(a => a.Outlet).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public void Articles_stored_before_text_hashes_get_theirs()
    {
        var (source, article) = Doc("old", "نص خبر خُزّن قبل بصمة النص");
        using (var store = OpenStore())
        {
            store.AddArticle(source, article);
            ExecuteRaw("UPDATE articles SET text_hash = NULL");
        }
        using var reopened = OpenStore();
        // The same text read again from another file is known to be the stored article.
        Assert.Equal(AddResult.Duplicate, reopened.AddArticle(source with { Id = "new", Origin = "/in/new", ContentHash = "other" }, article with { Id = "new", ContentHash = "other" }));
    }

    [StoreFact]
    public void Files_of_one_name_in_three_folders_stay_three_articles_and_re_ingest_changes_nothing()
    {
        var root = Directory.CreateTempSubdirectory("marsad-months-").FullName;
        try
        {
            foreach (var month in new[] { "2024-01", "2024-02", "2024-03" })
            {
                Directory.CreateDirectory(Path.Combine(root, month));
                File.WriteAllText(Path.Combine(root, month, "index.txt"), $"خبر الشهر {month}\nاستقبل الوزير نظيره في {month}.");
            }
            using var store = OpenStore();
            var first = IngestService.Ingest(store, [root]);
            var second = IngestService.Ingest(store, [root]);
            Assert.All(first, o => Assert.Equal(IngestStatus.Added, o.Status));
            Assert.All(second, o => Assert.Equal(IngestStatus.Duplicate, o.Status));
            Assert.Equal(["2024-01/index.txt", "2024-02/index.txt", "2024-03/index.txt"], store.LoadArticles().Select(a => a.Id));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [StoreFact]
    public void A_store_of_the_first_schema_migrates_and_keeps_its_articles()
    {
        using (var store = OpenStore())
        {
            var (s, a) = Doc("old", "نص خبر قديم");
            store.AddArticle(s, a);
            // Back to the first schema: no origins table, version 1.
            ExecuteRaw("DROP TABLE article_origins");
            ExecuteRaw("DELETE FROM schema_version WHERE version > 1");
        }
        using var migrated = OpenStore();
        Assert.Equal(migrated.LatestVersion, migrated.SchemaVersion());
        Assert.NotNull(migrated.FindArticle("old"));
        Assert.Equal(["/in/old"], migrated.Origins("old"));
    }

    [StoreFact]
    public void Changed_content_under_the_same_id_replaces_the_article()
    {
        using var store = OpenStore();
        var (source, article) = Doc("a1", "النص الأول");
        var (newSource, newArticle) = Doc("a1", "النص بعد التصحيح");
        store.AddArticle(source, article);

        Assert.Equal(AddResult.Updated, store.AddArticle(newSource, newArticle));
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(newArticle.Text, store.FindArticle("a1")!.Text);
        Assert.Equal(newSource.ContentHash, store.FindSource("a1")!.ContentHash);
        // the old content is gone, so it is new again
        Assert.Equal(AddResult.Updated, store.AddArticle(source, article));
    }

    [StoreFact]
    public void A_failure_inside_AddArticle_leaves_nothing_of_that_article()
    {
        using var store = OpenStore();
        var (s1, a1) = Doc("a1", "الخبر الأول");
        var (s2, a2) = Doc("a2", "الخبر الثاني");
        store.AddArticle(s1, a1);

        store.AfterWriteStep = step => throw new IOException("disk gone after " + step);
        Assert.Throws<IOException>(() => store.AddArticle(s2, a2));
        var (s1b, a1b) = Doc("a1", "الخبر الأول بعد التعديل");
        Assert.Throws<IOException>(() => store.AddArticle(s1b, a1b));
        store.AfterWriteStep = null;

        Assert.Null(store.FindArticle("a2"));
        Assert.Null(store.FindSource("a2"));
        Assert.Equal(a1.Text, store.FindArticle("a1")!.Text);
        Assert.Equal(s1.Body, store.FindSource("a1")!.Body);
        Assert.Equal(1, store.CountArticles());
        // and the store still works: the failed article can be added afterwards
        Assert.Equal(AddResult.Added, store.AddArticle(s2, a2));
    }

    [StoreFact]
    public void A_batch_is_seen_by_others_only_once_committed()
    {
        using var store = OpenStore();
        using var writer = store.OpenArticleWriter();
        foreach (var i in Enumerable.Range(1, 3))
        {
            var (s, a) = Doc("b" + i, "خبر رقم " + i);
            Assert.Equal(AddResult.Added, writer.Add(s, a));
        }
        Assert.Equal(3, writer.Pending);
        Assert.Equal(0, store.CountArticles());
        writer.Commit();
        Assert.Equal(0, writer.Pending);
        Assert.Equal(3, store.CountArticles());
    }

    [StoreFact]
    public void An_article_that_fails_inside_a_batch_leaves_nothing_and_the_others_stay()
    {
        using var store = OpenStore();
        using (var writer = store.OpenArticleWriter())
        {
            var (s1, a1) = Doc("b1", "الخبر الأول");
            var (s2, a2) = Doc("b2", "الخبر الثاني");
            var (s3, a3) = Doc("b3", "الخبر الثالث");
            writer.Add(s1, a1);
            store.AfterWriteStep = step => { if (step == "source") throw new IOException("disk gone"); };
            Assert.Throws<IOException>(() => writer.Add(s2, a2));
            store.AfterWriteStep = null;
            // a copy of the first under another id, in the same transaction, is a duplicate of it
            Assert.Equal(AddResult.Duplicate, writer.Add(s1 with { Id = "b1-copy", Origin = "/copy/b1" }, a1 with { Id = "b1-copy" }));
            Assert.Equal(AddResult.Added, writer.Add(s3, a3));
            writer.Commit();
        }
        Assert.Equal(["b1", "b3"], store.LoadArticles().Select(a => a.Id));
        Assert.Null(store.FindSource("b2"));
        Assert.Equal(["/copy/b1", "/in/b1"], store.Origins("b1"));
        Assert.Empty(store.Origins("b2"));
    }

    [StoreFact]
    public void Articles_not_committed_when_the_writer_is_disposed_are_not_stored()
    {
        using var store = OpenStore();
        using (var writer = store.OpenArticleWriter())
        {
            var (s1, a1) = Doc("b1", "الخبر الأول");
            writer.Add(s1, a1);
            writer.Commit();
            var (s2, a2) = Doc("b2", "الخبر الثاني");
            writer.Add(s2, a2);
        }
        Assert.Equal(["b1"], store.LoadArticles().Select(a => a.Id));
        // and the next writer starts clean
        using var next = store.OpenArticleWriter();
        var (s, a) = Doc("b2", "الخبر الثاني");
        Assert.Equal(AddResult.Added, next.Add(s, a));
        next.Commit();
        Assert.Equal(2, store.CountArticles());
    }

    [StoreFact]
    public void Ingest_in_small_batches_reports_each_article_once_it_is_stored()
    {
        using var store = OpenStore();
        var stored = new List<bool>();
        var progress = new SynchronousProgress<IngestOutcome>(o => stored.Add(store.FindArticle(o.DocumentId!) is not null));
        var outcomes = IngestService.Ingest(store, [SeedsFolder], progress, new DocumentReader(), IngestBatching.Default with { Size = 2 });

        Assert.Equal(5, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        Assert.Equal([true, true, true, true, true], stored);
        Assert.Equal(5, store.CountArticles());
    }

    [StoreFact]
    public void No_analysis_before_the_first_save()
    {
        using var store = OpenStore();
        Assert.Null(store.LoadAnalysis());
    }

    [StoreFact]
    public void Saved_analysis_reads_back_equal()
    {
        using var store = OpenStore();
        var snapshot = Snapshot(new DateTimeOffset(2021, 2, 18, 9, 30, 0, TimeSpan.Zero), SampleEvents());
        store.SaveAnalysis(snapshot);

        var loaded = store.LoadAnalysis();
        Assert.NotNull(loaded);
        Assert.Equal(snapshot.AnalyzedAt, loaded.AnalyzedAt);
        // records holding lists compare lists by reference, so compare the serialised forms
        Assert.Equal(StoreJson.Write(snapshot), StoreJson.Write(loaded));
        Assert.Equal(["RUS", "SYR"], loaded.Events[0].Countries);
        Assert.Equal(["art-1", "art-2"], loaded.Events[0].Sources);
    }

    [StoreFact]
    public void Saving_an_analysis_replaces_the_previous_one()
    {
        using var store = OpenStore();
        var events = SampleEvents();
        store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 18, 9, 0, 0, TimeSpan.Zero), events));
        var second = Snapshot(new DateTimeOffset(2021, 2, 19, 9, 0, 0, TimeSpan.Zero), [events[1] with { Id = "ev-new" }]);
        store.SaveAnalysis(second);

        var loaded = store.LoadAnalysis()!;
        Assert.Equal(StoreJson.Write(second), StoreJson.Write(loaded));
        Assert.Equal(["ev-new"], loaded.Events.Select(e => e.Id));
    }

    [StoreFact]
    public void A_failed_save_keeps_the_previous_analysis()
    {
        using var store = OpenStore();
        var first = Snapshot(new DateTimeOffset(2021, 2, 18, 9, 0, 0, TimeSpan.Zero), SampleEvents());
        store.SaveAnalysis(first);

        store.AfterWriteStep = step => { if (step == "events") throw new InvalidOperationException("crash"); };
        Assert.Throws<InvalidOperationException>(() =>
            store.SaveAnalysis(Snapshot(new DateTimeOffset(2021, 2, 19, 9, 0, 0, TimeSpan.Zero), [])));
        store.AfterWriteStep = null;

        Assert.Equal(StoreJson.Write(first), StoreJson.Write(store.LoadAnalysis()!));
    }

    [StoreFact]
    public void Reopening_keeps_data_and_schema_version()
    {
        int version;
        using (var store = OpenStore())
        {
            var (s, a) = Doc("a1", "نص");
            store.AddArticle(s, a);
            version = store.SchemaVersion();
            Assert.Equal(store.LatestVersion, version);
        }
        using var reopened = OpenStore();
        Assert.Equal(version, reopened.SchemaVersion());
        Assert.Equal(1, reopened.CountArticles());
    }

    [StoreFact]
    public void A_database_with_a_newer_schema_is_refused()
    {
        using (var store = OpenStore())
            ExecuteRaw($"INSERT INTO schema_version (version, name, applied_at) VALUES ({store.LatestVersion + 1}, 'future', 'later')");
        var error = Assert.Throws<StoreException>(OpenStore);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    internal static AnalysisSnapshot Snapshot(DateTimeOffset at, IReadOnlyList<Event> events) => new(
        at,
        [
            new ArticleSummary("art-1", "https://example.org/1", "المقداد ولافروف يبحثان العلاقات", "سانا",
                new DateInterval(new DateOnly(2021, 2, 17), new DateOnly(2021, 2, 17)),
                [DateEvidence.Recorded(DateEvidenceKind.Weekday, "الأربعاء", new TextSpan(10, 18), new DateInterval(new DateOnly(2021, 2, 17), new DateOnly(2021, 2, 17)), true, "matches metadata")]),
            new ArticleSummary("art-2", null, "لافروف يستقبل المقداد", null, null, []),
        ],
        events);

    internal static IReadOnlyList<Event> SampleEvents()
    {
        var mekdad = new ActorRef(ActorKind.Person, "faisal-mekdad", "فيصل المقداد", "SYR", "foreign_minister");
        var lavrov = new ActorRef(ActorKind.Person, "sergey-lavrov", "سيرغي لافروف", "RUS", "foreign_minister");
        var syria = new ActorRef(ActorKind.Country, "SYR", "سورية", "SYR", null);
        var day = new DateInterval(new DateOnly(2021, 2, 17), new DateOnly(2021, 2, 17));
        var quote = new Quote("art-1", new TextSpan(120, 160), "العلاقات بين البلدين استراتيجية", mekdad, "وقال");
        EventMention Mention(string article, int sentence) => new(
            article, sentence, new TextSpan(40, 140), "بحث الدكتور فيصل المقداد وزير الخارجية مع لافروف في اتصال هاتفي",
            new TextSpan(40, 43), "بحث", EventType.Consult, EventMode.Phone, "040", 1.0, EventStatus.Occurred,
            [new EventParticipant(mekdad, ParticipantSide.Joint, new TextSpan(50, 62)), new EventParticipant(lavrov, ParticipantSide.Joint, new TextSpan(80, 86))],
            null, "اليوم", new TextSpan(100, 105), day, ["العلاقات الثنائية"], [quote]);
        return
        [
            new Event("ev-1", EventType.Consult, EventMode.Phone, "040", 1.0, EventStatus.Occurred, day, null,
                [new EventParticipant(mekdad, ParticipantSide.Joint, new TextSpan(50, 62)), new EventParticipant(lavrov, ParticipantSide.Joint, new TextSpan(80, 86))],
                [Mention("art-1", 1), Mention("art-2", 0)], ["العلاقات الثنائية", "أستانا"], [quote]),
            new Event("ev-2", EventType.Accuse, null, "112", -2.0, EventStatus.Denied,
                new DateInterval(new DateOnly(2021, 2, 10), new DateOnly(2021, 2, 16)),
                new Place("RUS", "سوتشي", new TextSpan(200, 205)),
                [new EventParticipant(syria, ParticipantSide.Source, new TextSpan(0, 5))],
                [Mention("art-2", 3) with { Where = new Place("RUS", "سوتشي"), Interval = null, WhenText = null, WhenSpan = null }],
                [], []),
        ];
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
