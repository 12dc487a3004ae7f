using System.Runtime.InteropServices;

namespace Marsad.Ingest;

/// <summary>What a path names, told without opening it.</summary>
internal enum FileNodeKind
{
    /// <summary>Nothing (or it cannot be examined).</summary>
    Missing,

    /// <summary>A regular file: the only kind ever read.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe: reading it waits for a writer.</summary>
    Fifo,

    /// <summary>A character device (/dev/zero, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Something else.</summary>
    Other,
}

/// <summary>A path's kind and identity (device and inode; where the platform gives none, its full path resolved through links).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Identity">Equal for two paths that name the same file or directory.</param>
internal sealed record FileNode(FileNodeKind Kind, string Identity)
{
    /// <summary>The kind as a reader is told it ("FIFO", "character device").</summary>
    public string KindName => Kind switch
    {
        FileNodeKind.Fifo => "FIFO (named pipe)",
        FileNodeKind.CharacterDevice => "character device",
        FileNodeKind.BlockDevice => "block device",
        FileNodeKind.Socket => "socket",
        FileNodeKind.Directory => "directory",
        FileNodeKind.Regular => "regular file",
        _ => "special file",
    };
}

/// <summary>
/// stat(2) on Linux (x64, arm64 and the other 64-bit ports that share the generic layout) and on
/// macOS arm64; elsewhere the managed file system API, which cannot tell a FIFO from a file and
/// identifies directories by their resolved full path.
/// </summary>
internal static class FileNodes
{
    private const int StatBufferSize = 256;

    // Where st_dev, st_ino and st_mode sit in struct stat, and st_dev's width.
    private static readonly (int Dev, int DevBytes, int Ino, int Mode, int ModeBytes)? Layout = StatLayout();

    /// <summary>What the path names, following symbolic links (<paramref name="follow"/>) or not.</summary>
    public static FileNode Examine(string path, bool follow = true)
    {
        if (Layout is { } layout)
        {
            var buffer = new byte[StatBufferSize];
            try
            {
                var status = follow ? Stat(path, buffer) : LinkStat(path, buffer);
                return status == 0 ? FromStat(buffer, layout) : new FileNode(FileNodeKind.Missing, path);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // An old C library without the plain stat symbol: the managed API below.
            }
        }
        return Managed(path, follow);
    }

    private static FileNode FromStat(byte[] buffer, (int Dev, int DevBytes, int Ino, int Mode, int ModeBytes) layout)
    {
        var span = buffer.AsSpan();
        var dev = layout.DevBytes == 8 ? BitConverter.ToUInt64(span[layout.Dev..]) : BitConverter.ToUInt32(span[layout.Dev..]);
        var ino = BitConverter.ToUInt64(span[layout.Ino..]);
        var mode = layout.ModeBytes == 4 ? BitConverter.ToUInt32(span[layout.Mode..]) : BitConverter.ToUInt16(span[layout.Mode..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileNodeKind.Regular,
            0x4000 => FileNodeKind.Directory,
            0x1000 => FileNodeKind.Fifo,
            0x2000 => FileNodeKind.CharacterDevice,
            0x6000 => FileNodeKind.BlockDevice,
            0xC000 => FileNodeKind.Socket,
            _ => FileNodeKind.Other,
        };
        return new FileNode(kind, $"{dev}:{ino}");
    }

    private static FileNode Managed(string path, bool follow)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists)
                return new FileNode(FileNodeKind.Missing, path);
            var target = follow && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) ?? info : info;
            var kind = (target.Attributes & FileAttributes.Directory) != 0 ? FileNodeKind.Directory
                : (target.Attributes & FileAttributes.Device) != 0 ? FileNodeKind.CharacterDevice
                : FileNodeKind.Regular;
            return new FileNode(kind, Path.GetFullPath(target.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileNode(FileNodeKind.Missing, path);
        }
    }

    private static (int, int, int, int, int)? StatLayout()
    {
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64)
            return (0, 8, 8, 24, 4);
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.RiscV64 or Architecture.LoongArch64)
            return (0, 8, 8, 16, 4);
        if (OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
            return (0, 4, 8, 4, 2);
        return null;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int LinkStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
