namespace Marsad.Store;

/// <summary>Opens the store named by a connection: a PostgreSQL connection string or a SQLite file path.</summary>
public static class StoreFactory
{
    public static IMarsadStore Open(string connection)
    {
        throw new NotImplementedException($"store for '{connection}' not implemented yet");
    }
}
