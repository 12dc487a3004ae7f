using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

// Placeholder registered in Program.cs; replaced by the stage that owns it.
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine("not implemented yet");
        return 2;
    }
}
