using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Pipeline;

public sealed class IngestServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteStore Store() => new(Path.Combine(_folder, "ingest.db"));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_bad_input_is_reported_and_the_following_inputs_are_still_read()
    {
        using var store = Store();
        var good = Write("good.txt", "الرئيس يستقبل وزير الخارجية\nاستقبل الرئيس اليوم وزير الخارجية.");
        var missing = Path.Combine(_folder, "missing.txt");
        var later = Write("later.txt", "اتصال هاتفي بين الوزيرين\nبحث الوزيران في اتصال هاتفي العلاقات.");

        var outcomes = IngestService.Ingest(store, [good, missing, later]);

        Assert.Equal([IngestStatus.Added, IngestStatus.Failed, IngestStatus.Added], outcomes.Select(o => o.Status));
        Assert.Equal(missing, outcomes[1].Input);
        Assert.False(string.IsNullOrWhiteSpace(outcomes[1].Error));
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void Progress_hears_of_every_outcome_in_order()
    {
        using var store = Store();
        var a = Write("a.txt", "خبر أول\nنص الخبر الأول.");
        var b = Write("b.txt", "خبر ثان\nنص الخبر الثاني.");
        var heard = new List<IngestOutcome>();

        var outcomes = IngestService.Ingest(store, [a, b, a], new Collect(heard));

        Assert.Equal(outcomes, heard);
        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Duplicate], heard.Select(o => o.Status));
        Assert.Equal(["a.txt", "b.txt", "a.txt"], heard.Select(o => o.DocumentId));
    }

    [Fact]
    public void Edited_file_is_reported_as_updated()
    {
        using var store = Store();
        var path = Write("story.txt", "عنوان\nالنص الأول.");
        IngestService.Ingest(store, [path]);
        File.WriteAllText(path, "عنوان\nالنص بعد التصحيح.");

        var outcome = Assert.Single(IngestService.Ingest(store, [path]));

        Assert.Equal(IngestStatus.Updated, outcome.Status);
        Assert.Contains("التصحيح", store.FindArticle("story.txt")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_failure_of_one_article_is_its_outcome_and_the_batch_keeps_the_others()
    {
        using var store = Store();
        var paths = Enumerable.Range(1, 6).Select(i => Write($"n{i}.txt", $"خبر {i}\nنص الخبر رقم {i}.")).ToArray();
        var calls = 0;
        store.AfterWriteStep = step => { if (step == "source" && ++calls == 3) throw new IOException("disk hiccup"); };

        var outcomes = IngestService.Ingest(store, paths, null, new Marsad.Ingest.DocumentReader(), IngestBatching.Default with { Size = 4 });

        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Failed, IngestStatus.Added, IngestStatus.Added, IngestStatus.Added],
            outcomes.Select(o => o.Status));
        Assert.Contains("disk hiccup", outcomes[2].Error, StringComparison.Ordinal);
        Assert.Null(store.FindArticle("n3.txt"));
        Assert.Equal(5, store.CountArticles());
    }

    [Fact]
    public void A_slow_reader_still_gets_its_articles_committed_before_the_end()
    {
        using var store = Store();
        var paths = Enumerable.Range(1, 3).Select(i => Write($"s{i}.txt", $"خبر {i}\nنص الخبر البطيء رقم {i}.")).ToArray();
        var committedWhileWaiting = false;
        // The second input comes only once the first is committed: a batch does not wait for the reader.
        IEnumerable<string> Slow()
        {
            yield return paths[0];
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!committedWhileWaiting && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
                committedWhileWaiting = store.CountArticles() == 1;
            }
            yield return paths[1];
            yield return paths[2];
        }

        var outcomes = IngestService.Ingest(store, Slow());

        Assert.Equal(3, outcomes.Count);
        Assert.True(committedWhileWaiting);
    }

    private sealed class Collect(List<IngestOutcome> into) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => into.Add(value);
    }
}
