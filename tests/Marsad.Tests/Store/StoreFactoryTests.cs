using Marsad.Store;

namespace Marsad.Tests.Store;

public class StoreFactoryTests
{
    [Theory]
    [InlineData("Host=db;Username=u;Database=d", true)]
    [InlineData("postgres://u:p@db:5433/news", true)]
    [InlineData("postgresql://db/news", true)]
    [InlineData("marsad.db", false)]
    [InlineData("/var/data/host=1.db", false)]
    [InlineData("C:\\data\\news.db", false)]
    public void Tells_postgres_from_sqlite(string connection, bool postgres) =>
        Assert.Equal(postgres, StoreFactory.IsPostgres(connection));

    [Fact]
    public void Converts_a_postgres_url_to_an_npgsql_connection_string()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(StoreFactory.ToNpgsql("postgres://mar%40sad:p%3Ass@db.local:5433/news?sslmode=disable"));
        Assert.Equal("db.local", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal("mar@sad", builder.Username);
        Assert.Equal("p:ss", builder.Password);
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
    }

    [Fact]
    public void Url_without_port_uses_the_default()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(StoreFactory.ToNpgsql("postgresql://db/news"));
        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Username);
    }
}
