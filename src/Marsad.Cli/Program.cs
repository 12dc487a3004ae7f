using Marsad.Cli;
using Marsad.Store;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(MarsadApp.Configure);
try
{
    return await app.RunAsync(args);
}
catch (CommandAppException e)
{
    // A usage error: the message, as Spectre words it.
    Console.Error.WriteLine(Secrets.Redact(e.Message));
    return 2;
}
catch (StoreException e)
{
    // The store cannot be used as given: a message, never a password.
    Console.Error.WriteLine(Secrets.Redact(e.Message));
    return 2;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    Console.Error.WriteLine("marsad failed: " + Secrets.Redact(e.ToString()));
    return 70;
}
