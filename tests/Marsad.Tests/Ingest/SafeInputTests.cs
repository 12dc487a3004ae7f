using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Faults;

namespace Marsad.Tests.Ingest;

/// <summary>
/// Safe input walking (issue 12, item 2): only regular files are read, loops of links end with a
/// message, the walk streams, and a file has a time budget. Each test runs under a hang guard only.
/// </summary>
public class SafeInputTests
{
    private const string Text = "وزير الخارجية يستقبل نظيره\nاستقبل وزير الخارجية اليوم نظيره في العاصمة.\n";

    /// <summary>Every item of the inputs, read on another thread so that a blocking read fails the test instead of hanging it.</summary>
    private static List<IngestItem> ReadAll(params string[] inputs) => ReadAll(new DocumentReader(), inputs);

    private static List<IngestItem> ReadAll(DocumentReader reader, params string[] inputs) =>
        HangGuard.Run(() => reader.Read(inputs).ToList(), "reading the inputs");

    [UnixFact]
    public void A_fifo_named_on_the_command_line_is_reported_and_never_opened()
    {
        using var folder = new TempFolder();
        var fifo = SpecialFiles.MakeFifo(Path.Combine(folder.Path, "pipe.txt"));

        var item = Assert.Single(ReadAll(fifo));

        Assert.False(item.Ok);
        Assert.Contains("FIFO", item.Error);
        Assert.Contains("never opened", item.Error);
    }

    [UnixFact]
    public void Special_files_in_a_folder_are_reported_one_by_one_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Text);
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, "b.txt"));
        using var socket = SpecialFiles.MakeSocket(Path.Combine(folder.Path, "c.html"));
        folder.Write("d/e.txt", Text);

        var items = ReadAll(folder.Path);

        Assert.Equal(["a.txt", "d/e.txt"], items.Where(i => i.Ok).Select(i => i.Document!.Id));
        Assert.Contains(items, i => i.Origin.EndsWith("b.txt", StringComparison.Ordinal) && i.Error!.Contains("FIFO"));
        Assert.Contains(items, i => i.Origin.EndsWith("c.html", StringComparison.Ordinal) && i.Error!.Contains("socket"));
    }

    [UnixFact]
    public void A_device_is_not_read() =>
        Assert.Contains("character device", Assert.Single(ReadAll("/dev/zero")).Error);

    [UnixFact]
    public void Two_links_to_an_ancestor_end_with_a_message()
    {
        using var folder = new TempFolder();
        folder.Write("a/b/x.txt", Text);
        folder.Write("y.txt", Text);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "b", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "b", "top"), Path.Combine(folder.Path));

        var items = ReadAll(folder.Path);

        Assert.Equal(["a/b/x.txt", "y.txt"], items.Where(i => i.Ok).Select(i => i.Document!.Id));
        var loops = items.Where(i => !i.Ok).ToArray();
        Assert.Equal(2, loops.Length);
        Assert.All(loops, l => Assert.Contains("symbolic link loop", l.Error));
    }

    [UnixFact]
    public void A_glob_through_a_loop_ends_with_a_message()
    {
        using var folder = new TempFolder();
        folder.Write("a/x.txt", Text);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a", "again"), Path.Combine(folder.Path, "a"));

        var items = ReadAll(Path.Combine(folder.Path, "**", "*.txt"));

        Assert.Equal(["a/x.txt"], items.Where(i => i.Ok).Select(i => i.Document!.Id));
        Assert.Contains(items, i => i.Error?.Contains("symbolic link loop") == true);
    }

    [UnixFact]
    public void A_folder_linked_twice_is_read_once()
    {
        using var folder = new TempFolder();
        folder.Write("real/x.txt", Text);
        Directory.CreateDirectory(Path.Combine(folder.Path, "links"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "links", "same"), Path.Combine(folder.Path, "real"));

        var items = ReadAll(folder.Path);

        Assert.Single(items, i => i.Ok);
        Assert.Contains(items, i => i.Error?.Contains("already read") == true);
    }

    [Fact]
    public void The_walk_reads_a_file_before_it_lists_the_folders_after_it()
    {
        using var folder = new TempFolder();
        folder.Write("a/1.txt", Text);
        Directory.CreateDirectory(Path.Combine(folder.Path, "b"));

        using var walk = InputExpander.Expand(folder.Path).GetEnumerator();
        Assert.True(walk.MoveNext());
        Assert.Equal("a/1.txt", walk.Current.Id);
        // Written after the first file was handed out: the walk has not listed "b" yet.
        folder.Write("b/2.txt", Text);
        Assert.True(walk.MoveNext());
        Assert.Equal("b/2.txt", walk.Current.Id);
    }

    [Fact]
    public void The_walk_gives_files_in_path_order()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "b.txt", "a/z.txt", "a.txt", "a-b/c.txt", "A.txt" })
            folder.Write(name, Text);

        var ids = InputExpander.Expand(folder.Path).Select(f => f.Id).ToArray();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(5, ids.Length);
    }

    [Fact]
    public void A_file_over_its_time_budget_is_reported_and_the_next_one_read()
    {
        using var folder = new TempFolder();
        // Large enough that its read outlasts any delay in waking the waiting thread on a loaded machine.
        var slow = folder.Write("a.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>" + Text + "</p></div>", 40_000)) + "</body></html>");
        var quick = folder.Write("b.txt", Text);
        var reader = new DocumentReader(new IngestOptions { FileTimeout = TimeSpan.FromMilliseconds(1) });

        var items = ReadAll(reader, slow);

        Assert.Contains("not read within", Assert.Single(items).Error);
        Assert.True(Assert.Single(ReadAll(new DocumentReader(), quick)).Ok);
    }

    [Fact]
    public void Ingest_stores_the_first_file_before_it_lists_a_large_sibling_folder()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 10; i++)
            folder.Write($"a/{i:00}.txt", $"خبر {i}\nنص الخبر رقم {i} في الملف الأول.\n");
        for (var i = 0; i < 300; i++)
            folder.Write($"b/{i:000}.txt", $"خبر {i}\nنص الخبر رقم {i} في الملف الكبير.\n");
        using var store = new SqliteStore(Path.Combine(folder.Path, "walk.db"));
        string? first = null;
        // Heard once "a/00.txt" is committed; the reader may be a few files ahead (a bounded queue),
        // but it has not listed "b" yet, so a file written there now is found when the walk gets there.
        var heard = new Heard(o =>
        {
            if (first is not null)
                return;
            first = o.DocumentId;
            folder.Write("b/999-late.txt", "خبر متأخر\nنص كتب بعد قراءة الملف الأول.\n");
        });

        var outcomes = HangGuard.Run(
            () => IngestService.Ingest(store, [folder.Path], heard, new DocumentReader(), IngestBatching.Default with { Size = 1 }),
            "ingesting the tree");

        Assert.Equal("a/00.txt", first);
        Assert.Equal("b/999-late.txt", outcomes[^1].DocumentId);
        Assert.Equal(311, store.CountArticles());
        Assert.Equal(outcomes.Select(o => o.DocumentId).Order(StringComparer.Ordinal), outcomes.Select(o => o.DocumentId));
    }

    [Fact]
    public void Ingest_reports_a_file_over_its_time_budget_and_stores_the_next()
    {
        using var folder = new TempFolder();
        // A page of some megabytes parses for far longer than the budget; the short text after it reads
        // well within it even on a loaded machine (a budget of 1 ms failed the small file too).
        folder.Write("a.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>" + Text + "</p></div>", 60_000)) + "</body></html>");
        folder.Write("b.txt", Text);
        using var store = new SqliteStore(Path.Combine(folder.Path, "budget.db"));
        var reader = new DocumentReader(new IngestOptions { FileTimeout = TimeSpan.FromMilliseconds(250) });

        var outcomes = HangGuard.Run(() => IngestService.Ingest(store, [folder.Path], null, reader), "ingesting the folder");

        Assert.Equal(2, outcomes.Count);
        Assert.Contains("not read within", outcomes[0].Error);
        Assert.Equal(IngestStatus.Added, outcomes[1].Status);
        Assert.Equal("b.txt", outcomes[1].DocumentId);
    }

    /// <summary>Hears outcomes on the committing thread, while the reader waits on its bounded queue.</summary>
    private sealed class Heard(Action<IngestOutcome> report) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => report(value);
    }
}
