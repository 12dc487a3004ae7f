using Marsad.Store;
using Marsad.Tests.Cli;
using Marsad.Tests.Faults;
using Npgsql;

namespace Marsad.Tests.Store;

/// <summary>
/// No secrets in output (issue 12, item 5): passwords masked in every message; the password read
/// from a file (--db-password-file) or the environment (MARSAD_DB, PGPASSWORD). The end-to-end
/// tests run the built `marsad` as a child process, so that Program.cs's own error handling is
/// what prints.
/// </summary>
public class SecretsTests
{
    // Nothing listens on port 1: every command fails to open the store, and says so.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=u;Password=pw-Unreachable-93;Database=news";

    private static string Seed => Path.Combine(CliHarness.Seeds, "000_f34a1aeb87f964bc.txt");

    [Theory]
    [InlineData("Host=db;Username=u;Password=s3cr3t!;Database=news", "Host=db;Username=u;Password=***;Database=news")]
    [InlineData("Host=db;PWD = 's3;cr3t';Database=news", "Host=db;PWD = ***;Database=news")]
    [InlineData("host=db;password=\"a;b\"", "host=db;password=***")]
    [InlineData("postgres://u:s3cr3t@db:5432/news", "postgres://u:***@db:5432/news")]
    [InlineData("postgresql://db/news?user=u&password=s3cr3t&sslmode=disable", "postgresql://db/news?user=u&password=***&sslmode=disable")]
    [InlineData("news.db", "news.db")]
    public void Connection_strings_are_shown_without_their_password(string connection, string shown) =>
        Assert.Equal(shown, Secrets.RedactConnection(connection));

    [Fact]
    public void A_registered_secret_is_masked_wherever_it_appears()
    {
        Secrets.Register("hunter2-registered");
        Assert.Equal("login failed with *** for u", Secrets.Redact("login failed with hunter2-registered for u"));
    }

    [Fact]
    public void A_broken_connection_string_is_reported_without_its_password()
    {
        var error = Assert.Throws<StoreException>(() => StoreFactory.Open("Host=db;Password=topsecret-9;NoSuchKey=1"));
        Assert.DoesNotContain("topsecret-9", error.Message);
        Assert.Contains("Password=***", error.Message);
    }

    [Fact]
    public void A_password_file_is_for_postgres_only()
    {
        using var temp = new TempStore();
        Assert.Throws<StoreException>(() => StoreFactory.Open(temp.Db, temp.PathOf("pw")));
    }

    [PostgresFact]
    public void Run_on_postgres_never_prints_the_password()
    {
        using var scratch = new PostgresServer.Scratch();
        var password = new NpgsqlConnectionStringBuilder(scratch.ConnectionString).Password!;

        var result = CliHarness.Run("run", Path.Combine(CliHarness.Seeds, "000_f34a1aeb87f964bc.txt"), "--db", scratch.ConnectionString, "--as-of", "2026-12-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Password=***", result.Console);
        Assert.DoesNotContain("Password=" + password, result.Console + result.Out + result.Error);
    }

    [PostgresFact]
    public void The_password_can_come_from_a_file()
    {
        using var scratch = new PostgresServer.Scratch();
        using var temp = new TempStore();
        var builder = new NpgsqlConnectionStringBuilder(scratch.ConnectionString);
        File.WriteAllText(temp.PathOf("pw"), builder.Password + "\n");
        builder.Password = null;

        var result = CliHarness.Run("ingest", Path.Combine(CliHarness.Seeds, "000_f34a1aeb87f964bc.txt"), "--db", builder.ConnectionString, "--db-password-file", temp.PathOf("pw"));

        Assert.Equal(0, result.ExitCode);
        using var store = StoreFactory.Open(scratch.ConnectionString);
        Assert.Equal(1, store.CountArticles());
    }

    [Fact]
    public void A_password_file_gives_the_password_and_it_is_masked_from_then_on()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.PathOf("pw"), "pw-from-file-4711\r\nsecond line ignored\n");

        var connection = StoreFactory.PostgresConnection("Host=db;Username=u;Password=pw-inline-5812;Database=news", temp.PathOf("pw"));

        Assert.Equal("pw-from-file-4711", new NpgsqlConnectionStringBuilder(connection).Password);
        Assert.Equal("tried *** then ***", Secrets.Redact("tried pw-inline-5812 then pw-from-file-4711"));
    }

    [Fact]
    public void The_password_of_a_url_is_registered_as_a_secret()
    {
        var connection = StoreFactory.PostgresConnection("postgres://u:pw-of-url-6620@db:5432/news", passwordFile: null);

        Assert.Equal("pw-of-url-6620", new NpgsqlConnectionStringBuilder(connection).Password);
        Assert.Equal("server said: *** is wrong", Secrets.Redact("server said: pw-of-url-6620 is wrong"));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(null, "Cannot read the password file")]
    public void An_empty_or_missing_password_file_is_a_store_error(string? content, string reason)
    {
        using var temp = new TempStore();
        var file = temp.PathOf("pw");
        if (content is not null)
            File.WriteAllText(file, content);

        var error = Assert.Throws<StoreException>(() => StoreFactory.Open("Host=db;Username=u;Database=news", file));

        Assert.Contains(reason, error.Message);
        Assert.Contains(file, error.Message);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    [InlineData("analyze")]
    [InlineData("articles")]
    [InlineData("timeline")]
    [InlineData("serve")]
    public void A_command_that_cannot_open_the_store_never_prints_the_password(string command)
    {
        string[] args = command is "run" or "ingest" ? [command, Seed, "--db", Unreachable] : [command, "--db", Unreachable];

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cannot use the PostgreSQL store", result.Out + result.Error);
        Assert.DoesNotContain("pw-Unreachable-93", result.Out + result.Error);
    }

    [Theory]
    [InlineData("postgres://u:pw-url-1187@127.0.0.1:1/news")]
    [InlineData("Host=127.0.0.1;Port=1;Password=pw-broken-1187;NoSuchKey=1")]
    public void Neither_a_url_nor_a_broken_connection_string_shows_its_password(string connection)
    {
        var result = CliProcess.Run(["run", Seed, "--db", connection]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Error.Trim());
        Assert.DoesNotContain("1187", result.Out + result.Error);
    }

    [Fact]
    public void A_connection_string_in_marsad_db_is_not_printed_either()
    {
        var result = CliProcess.Run(["timeline"], new Dictionary<string, string> { ["MARSAD_DB"] = Unreachable + ";NoSuchKey=1" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Password=***", result.Error);
        Assert.DoesNotContain("pw-Unreachable-93", result.Out + result.Error);
    }

    [PostgresFact]
    public void The_password_can_come_from_pgpassword_and_the_store_from_marsad_db()
    {
        using var scratch = new PostgresServer.Scratch();
        var builder = new NpgsqlConnectionStringBuilder(scratch.ConnectionString);
        var password = builder.Password!;
        builder.Password = null;

        var result = CliProcess.Run(["run", Seed, "--as-of", "2026-12-01"], new Dictionary<string, string>
        {
            ["MARSAD_DB"] = builder.ConnectionString,
            ["PGPASSWORD"] = password,
        });

        Assert.True(result.ExitCode == 0, result.Error);
        using var store = StoreFactory.Open(scratch.ConnectionString);
        Assert.Equal(1, store.CountArticles());
    }
}
