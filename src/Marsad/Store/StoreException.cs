namespace Marsad.Store;

/// <summary>The store cannot be used as it is: not a database, a newer schema, an unreachable server.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
