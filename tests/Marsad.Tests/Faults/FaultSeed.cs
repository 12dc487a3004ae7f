namespace Marsad.Tests.Faults;

/// <summary>
/// The seed the fault and fuzz tests draw their kill points and inputs from: MARSAD_FAULT_SEED when
/// set (to replay a failure), else a new one. Every test prints it and names it in its failures.
/// </summary>
internal static class FaultSeed
{
    public static int Next() =>
        Environment.GetEnvironmentVariable("MARSAD_FAULT_SEED") is { Length: > 0 } given && int.TryParse(given, out var seed)
            ? seed
            : Random.Shared.Next();

    public static string Replay(int seed) => $"fault seed {seed} (replay with MARSAD_FAULT_SEED={seed})";
}
