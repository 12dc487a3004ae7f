using System.Globalization;

namespace Marsad.Bench.Scale;

/// <summary>Peak resident memory of this process (Linux /proc), per phase, and the machine's load.</summary>
internal static class ProcessStats
{
    /// <summary>Resets the peak (VmHWM) to the current resident size; false where the kernel does not allow it.</summary>
    public static bool ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident set since the last reset (or since start), in MB; null off Linux.</summary>
    public static double? PeakMb() => Status("VmHWM:");

    /// <summary>The resident set now, in MB.</summary>
    public static double? CurrentMb() => Status("VmRSS:");

    private static double? Status(string field)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            if (line is null)
                return null;
            var kb = long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The 1-minute load average of the machine, or null.</summary>
    public static double? Load()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
