namespace Marsad.Store;

/// <summary>Opens the store named by a connection: a PostgreSQL connection string or a SQLite file path.</summary>
public static class StoreFactory
{
    /// <summary>The store <paramref name="connection"/> names (a SQLite file is created when missing); a <see cref="StoreException"/> when none is given.</summary>
    public static IMarsadStore Open(string connection) => Open(connection, passwordFile: null);

    /// <summary>
    /// As <see cref="Open(string)"/>; a PostgreSQL store takes its password from
    /// <paramref name="passwordFile"/> when given (the file's first line), else from the connection
    /// string, else from PGPASSWORD or the PGPASSFILE / ~/.pgpass file, as libpq does. Every
    /// password is registered with <see cref="Secrets"/>, so no message shows it.
    /// </summary>
    public static IMarsadStore Open(string connection, string? passwordFile)
    {
        if (string.IsNullOrWhiteSpace(connection))
            throw new StoreException("No store given: pass a SQLite file path or a PostgreSQL connection string.");
        if (!IsPostgres(connection))
        {
            if (passwordFile is not null)
                throw new StoreException("--db-password-file is for a PostgreSQL store; a SQLite file has no password.");
            return new SqliteStore(connection);
        }
        return new PostgresStore(PostgresConnection(connection, passwordFile));
    }

    /// <summary>The Npgsql connection string with the password of the file, if any; every password registered as a secret.</summary>
    internal static string PostgresConnection(string connection, string? passwordFile)
    {
        Npgsql.NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new Npgsql.NpgsqlConnectionStringBuilder(ToNpgsql(connection));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"Not a usable PostgreSQL connection string ({Secrets.Redact(e.Message)}): {Secrets.Redact(connection)}", e);
        }
        Secrets.Register(builder.Password);
        if (passwordFile is not null)
            builder.Password = ReadPasswordFile(passwordFile);
        return builder.ConnectionString;
    }

    private static string ReadPasswordFile(string path)
    {
        try
        {
            var password = File.ReadLines(path).FirstOrDefault()?.TrimEnd('\r') ?? "";
            if (password.Length == 0)
                throw new StoreException($"The password file {path} is empty.");
            Secrets.Register(password);
            return password;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"Cannot read the password file {path}: {e.Message}", e);
        }
    }

    /// <summary>True for a PostgreSQL connection string or URL; anything else is a SQLite path.</summary>
    public static bool IsPostgres(string connection)
    {
        var c = connection.TrimStart();
        return c.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("Server=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Turns a postgres:// URL into an Npgsql connection string; other strings pass through.</summary>
    internal static string ToNpgsql(string connection)
    {
        var c = connection.Trim();
        if (!c.Contains("://", StringComparison.Ordinal))
            return c;
        var uri = new Uri(c);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) is { Length: > 0 } db ? db : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            // libpq spellings that Npgsql names differently
            key = key switch { "sslmode" => "SSL Mode", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key };
            builder[key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }
}
