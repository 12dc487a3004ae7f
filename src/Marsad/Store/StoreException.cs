namespace Marsad.Store;

/// <summary>The store cannot be used as it is: not a database, a newer schema, an unreachable server.</summary>
/// <param name="message">What is wrong, for the user.</param>
/// <param name="inner">The driver's error, when there is one.</param>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
