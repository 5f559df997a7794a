using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>The machine the figures were measured on, from Linux's own files: figures mean nothing without it.</summary>
public static class MachineDescription
{
    public static string Read()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } total && long.TryParse(Regex.Match(total, @"\d+").Value, out var kb)
            ? $"{kb / 1_048_576.0:F0} GiB memory"
            : "memory unknown";
        var os = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory}, {os}, Linux {Environment.OSVersion.Version}, .NET {Environment.Version}";
    }

    private static string? ReadField(string file, string name, char separator = ':')
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
