using Marsad.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(MarsadApp.Configure);
return await app.RunAsync(args);
