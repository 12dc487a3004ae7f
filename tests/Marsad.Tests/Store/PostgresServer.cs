using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Marsad.Tests.Store;

/// <summary>The PostgreSQL server the tests use (env MARSAD_TEST_PG), and why it cannot be used if so.</summary>
public static class PostgresServer
{
    public const string DefaultConnection = "Host=127.0.0.1;Username=marsad;Password=marsad-test-7Kq2;Database=marsad_test";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("MARSAD_TEST_PG") is { Length: > 0 } c ? c : DefaultConnection;

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Null when the server answers; otherwise the skip reason the tests report.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    private static string? Probe()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 15, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e)
        {
            return $"PostgreSQL not reachable at '{Redacted()}' ({e.GetType().Name}: {e.Message}). " +
                "Run `bash .ci/postgres.sh` or set MARSAD_TEST_PG.";
        }
    }

    private static string Redacted()
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null };
            return b.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unparsable MARSAD_TEST_PG)";
        }
    }

    /// <summary>A schema of its own for one test, dropped on dispose, so tests never see each other's rows.</summary>
    public sealed class Scratch : IDisposable
    {
        public Scratch()
        {
            Schema = "marsad_t_" + Guid.NewGuid().ToString("N")[..12];
            Execute($"CREATE SCHEMA {Schema}");
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = Schema }.ConnectionString;
        }

        public string Schema { get; }
        public string ConnectionString { get; }

        public static void Execute(string sql, string? connectionString = null)
        {
            using var connection = new NpgsqlConnection(connectionString ?? PostgresServer.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        }
    }
}

/// <summary>A fact that needs the PostgreSQL server; reported as skipped, with the reason, when it is down.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.SkipUnlessCi(PostgresServer.UnavailableReason) is { } reason)
            Skip = reason;
    }
}

/// <summary>Marks a contract test class whose store is PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact declared once in the abstract store contract and run for every store: skipped with the
/// reason when the concrete class needs PostgreSQL and the server is down.
/// </summary>
[XunitTestCaseDiscoverer("Marsad.Tests.Store.StoreFactDiscoverer", "Marsad.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsServer && TestEnvironment.SkipUnlessCi(PostgresServer.UnavailableReason) is { } reason)
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
