using Marsad.Ingest;
using Marsad.Store;
using Marsad.Tests.Cli;
using Marsad.Tests.Faults;

namespace Marsad.Tests.Ingest;

/// <summary>
/// What a walk skips and why (issue 12, item 2): files it cannot read, broken links and files over
/// the size cap are reported one by one while the rest is read; hidden entries and names that are
/// not articles are left alone. End to end, `marsad ingest` over a FIFO and a two-link loop ends
/// with their messages.
/// </summary>
public class SkippedInputTests
{
    private const string Text = "وزير الخارجية يستقبل نظيره\nاستقبل وزير الخارجية اليوم نظيره في العاصمة.\n";

    private static List<IngestItem> ReadAll(DocumentReader reader, params string[] inputs) =>
        HangGuard.Run(() => reader.Read(inputs).ToList(), "reading the inputs");

    private static List<IngestItem> ReadAll(params string[] inputs) => ReadAll(new DocumentReader(), inputs);

    private static string[] Read(List<IngestItem> items) => items.Where(i => i.Ok).Select(i => i.Document!.Id).ToArray();

    private static IngestItem FailureFor(List<IngestItem> items, string name) =>
        Assert.Single(items, i => !i.Ok && i.Origin.EndsWith(name, StringComparison.Ordinal));

    [UnixFact]
    public void A_broken_link_in_a_folder_is_reported_and_the_rest_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Text);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "gone.txt"), Path.Combine(folder.Path, "no-such-file.txt"));

        var items = ReadAll(folder.Path);

        Assert.Equal(["a.txt"], Read(items));
        Assert.Equal(DirectoryWalk.BrokenLink, FailureFor(items, "gone.txt").Error);
    }

    [UnixFact]
    public void Names_a_folder_walk_would_not_read_are_not_reported_whatever_they_are()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Text);
        folder.Write("notes.pdf", "%PDF-1.4");
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, "queue"));
        using var socket = SpecialFiles.MakeSocket(Path.Combine(folder.Path, "agent.sock"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "old.bak"), Path.Combine(folder.Path, "nothing"));

        var item = Assert.Single(ReadAll(folder.Path));

        Assert.Equal("a.txt", item.Document?.Id);
    }

    [LinuxFact]
    public void A_file_whose_read_fails_is_reported_and_the_next_one_read()
    {
        using var folder = new TempFolder();
        // A regular file by stat whose first read fails with EIO.
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a.txt"), "/proc/self/mem");
        folder.Write("b.txt", Text);

        var items = ReadAll(folder.Path);

        Assert.Equal(["b.txt"], Read(items));
        Assert.StartsWith("cannot read: ", FailureFor(items, "a.txt").Error);
    }

    [UnprivilegedUnixFact]
    public void A_file_without_read_permission_is_reported_and_the_rest_read()
    {
        using var folder = new TempFolder();
        var locked = folder.Write("a.txt", Text);
        folder.Write("b.txt", Text);
        SpecialFiles.SetMode(locked, UnixFileMode.None);

        var items = ReadAll(folder.Path);

        Assert.Equal(["b.txt"], Read(items));
        Assert.StartsWith("cannot read: ", FailureFor(items, "a.txt").Error);
    }

    [UnprivilegedUnixFact]
    public void A_folder_that_cannot_be_listed_is_reported_and_the_rest_read()
    {
        using var folder = new TempFolder();
        folder.Write("locked/a.txt", Text);
        folder.Write("open/b.txt", Text);
        var locked = Path.Combine(folder.Path, "locked");
        SpecialFiles.SetMode(locked, UnixFileMode.None);
        try
        {
            var items = ReadAll(folder.Path);

            Assert.Equal(["open/b.txt"], Read(items));
            Assert.StartsWith("cannot list folder: ", FailureFor(items, "locked").Error);
        }
        finally
        {
            SpecialFiles.SetMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_file_over_the_size_cap_is_reported_with_its_size_and_the_rest_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Text);
        folder.Write("b/huge.txt", Text + new string('x', 1200));

        var items = ReadAll(new DocumentReader(new IngestOptions(MaxBytes: 1000)), folder.Path);

        Assert.Equal(["a.txt"], Read(items));
        Assert.Matches(@"^too large \(\d+ bytes > 1000 byte cap\)$", FailureFor(items, "huge.txt").Error);
    }

    [Fact]
    public void Hidden_files_and_folders_are_left_out_of_a_folder_walk_but_read_when_named_or_matched()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Text);
        var draft = folder.Write(".draft.txt", Text);
        folder.Write(".git/COMMIT.txt", Text);
        folder.Write("b/.cache/c.txt", Text);

        Assert.Equal(["a.txt"], Read(ReadAll(folder.Path)));
        Assert.True(Assert.Single(ReadAll(draft)).Ok);
        Assert.Equal([".draft.txt", "a.txt"], Read(ReadAll(Path.Combine(folder.Path, "*.txt"))));
    }

    [UnixFact]
    public void Ingest_over_a_fifo_and_a_two_link_loop_ends_with_their_messages()
    {
        using var store = new TempStore();
        var corpus = Path.Combine(store.Folder, "corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "a", "b"));
        File.WriteAllText(Path.Combine(corpus, "a", "b", "x.txt"), Text);
        SpecialFiles.MakeFifo(Path.Combine(corpus, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(corpus, "a", "b", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(corpus, "a", "b", "top"), corpus);

        var result = HangGuard.Run(() => CliHarness.Run("ingest", corpus, "--db", store.Db), "marsad ingest");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FIFO", result.Console);
        Assert.Equal(2, result.Console.Split("symbolic link loop").Length - 1);
        using var opened = StoreFactory.Open(store.Db);
        Assert.Equal(1, opened.CountArticles());
    }
}
