using System.Diagnostics;
using System.Net.Sockets;

namespace Marsad.Tests.Ingest;

/// <summary>FIFOs, sockets and links for the input-walking tests (Unix; the tests that need them are skipped elsewhere).</summary>
internal static class SpecialFiles
{
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    public static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, "mkfifo failed: " + mkfifo.StandardError.ReadToEnd());
        return path;
    }

    /// <summary>Sets a file's or folder's mode (nothing happens on Windows, where the tests that need it are skipped).</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, mode);
    }

    /// <summary>A Unix socket bound at <paramref name="path"/> (kept open while the returned socket lives).</summary>
    public static Socket MakeSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }
}

/// <summary>A fact that needs Unix special files: skipped, with the reason, on other systems.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!SpecialFiles.Supported)
            Skip = "needs FIFOs, Unix sockets and symbolic links (Linux or macOS)";
    }
}

/// <summary>A fact that needs file permissions to hold: skipped, with the reason, as root (which reads any file) and off Unix.</summary>
public sealed class UnprivilegedUnixFactAttribute : FactAttribute
{
    public UnprivilegedUnixFactAttribute()
    {
        if (!SpecialFiles.Supported)
            Skip = "needs Unix file modes (Linux or macOS)";
        else if (Environment.IsPrivilegedProcess)
            Skip = "runs as root, which reads files and lists folders whatever their mode";
    }
}

/// <summary>A fact that needs Linux's /proc: skipped, with the reason, elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "needs Linux (/proc)";
    }
}
