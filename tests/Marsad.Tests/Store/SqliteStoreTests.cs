using Marsad.Store;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Store;

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-store-").FullName;

    private string DbPath => Path.Combine(_folder, "marsad.db");

    private protected override RelationalStore OpenStore() => new SqliteStore(DbPath);

    protected override void ExecuteRaw(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Opens_in_wal_mode_with_foreign_keys()
    {
        using (OpenStore())
        {
        }
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Theory]
    [InlineData("this is a text file, not a database\n")]
    [InlineData("SQLite format 3\0 followed by garbage that is no database page at all, repeated to fill a header............................................")]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched(string content)
    {
        File.WriteAllText(DbPath, content);
        var before = File.ReadAllBytes(DbPath);

        var error = Assert.Throws<StoreException>(() => new SqliteStore(DbPath));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("untouched", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DbPath));
        Assert.False(File.Exists(DbPath + "-wal") && new FileInfo(DbPath + "-wal").Length > 0);
    }

    [Fact]
    public void Factory_opens_a_file_path_as_sqlite()
    {
        using var store = StoreFactory.Open(DbPath);
        Assert.IsType<SqliteStore>(store);
    }
}
