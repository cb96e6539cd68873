using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpsBot.Bench.Research;

/// <summary>
/// CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so that latency can be
/// reported both as wall-clock time and as work done, which other processes on a shared machine do not inflate.
/// Elsewhere it falls back to wall-clock time.
/// </summary>
internal static partial class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTime, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    public static bool MeasuresCpu => Available;

    /// <summary>Milliseconds of CPU this thread has used (or wall-clock milliseconds where that is not available).</summary>
    public static double NowMilliseconds()
    {
        if (Available && ClockGetTime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }
}
