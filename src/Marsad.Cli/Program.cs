using Marsad.Cli;

return await MarsadApp.RunAsync(args);
