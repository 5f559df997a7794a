using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Crash;

/// <summary>
/// A command-line import killed with SIGKILL in the middle, as a power cut or the OOM killer would: the API starts
/// again on the database, the import left no record, no audit entry and no search entry behind (every table holds
/// exactly the rows it held before), and <c>check</c> finds the counters, totals and search index in step.
/// </summary>
/// <remarks>
/// The import is of <see cref="DefaultRows"/> rows, which keeps the test to about a minute; a million, as the issue
/// asks, by hand: <c>OPSTRACKER_CRASH_IMPORT_ROWS=1000000 dotnet test --filter CrashDuringImport</c>. It is killed
/// once it has read and written <see cref="KillAt"/> of the file: the file is a named pipe the test writes into, so the
/// import waits there, mid-transaction, for the rest (mkfifo and /proc, so Linux only).
/// </remarks>
public sealed class CrashDuringImportTests : IDisposable
{
    private const int DefaultRows = 100_000;
    private const double KillAt = 0.6;
    private const string Marker = "crashmarker";

    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-crash-").FullName;
    private readonly TestDatabase _database = TestDatabase.Create();

    [Fact]
    public async Task A_command_line_import_killed_in_the_middle_leaves_nothing_behind()
    {
        Assert.True(OperatingSystem.IsLinux(), "The test feeds the import through a named pipe and watches it in /proc.");
        var rows = Rows();
        using (var factory = new ApiFactory(_database))
        using (var client = factory.CreateClient())
        {
            var sourceId = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("externalId", "crash-source")));
            for (var i = 0; i < 3; i++)
            {
                await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", "قتلى في دير الزور")));
            }
        }

        var before = TableCounts.Of(_database);
        var fifo = Path.Combine(_directory, "casualties.csv");
        Assert.Equal(0, (await RunAsync("mkfifo", fifo)).ExitCode);

        using var import = ApiCommand.Start(_directory, _database.ConnectionString(), "import", "casualties", fifo);
        var output = import.StandardOutput.ReadToEndAsync();
        var errors = import.StandardError.ReadToEndAsync();

        // The file comes through a pipe: the import gets the header and the first rows, and waits for the rest,
        // mid-transaction, with what it has read written (and on SQLite, past the bulk threshold, its indexes dropped).
        var fed = (int)(rows * KillAt);
        await using (var pipe = await OpenForWritingAsync(fifo, import))
        {
            await WriteRowsAsync(pipe, 0, fed);
            await WaitUntilIdleAsync(import);
            if (import.HasExited)
            {
                // The output is read only once the process has ended: it ends when the process does.
                Assert.Fail($"The import ended before it was killed: {await output}{await errors}");
            }

            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        await using (var server = await ApiServerProcess.StartAsync(_database.ConnectionString(), _directory))
        using (var client = server.CreateClient())
        {
            Assert.Equal(3, await client.CountAsync(Paths.Casualties));
            Assert.Equal(0, await client.CountAsync($"{Paths.Casualties}?q={Marker}"));
        }

        var after = TableCounts.Of(_database);
        Assert.True(before.Count == after.Count && before.All(table => after.GetValueOrDefault(table.Key) == table.Value),
            $"The killed import left rows behind: {TableCounts.Differences(before, after)}");
        var (exit, report, problems) = await ApiCommand.RunAsync(_directory, _database.ConnectionString(), "check");
        Assert.True(exit == 0, $"check exited {exit}: {report}{problems}");
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static int Rows() =>
        int.TryParse(Environment.GetEnvironmentVariable("OPSTRACKER_CRASH_IMPORT_ROWS"), CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? rows
            : DefaultRows;

    /// <summary>Opens the pipe for writing: the open waits for the import to open it for reading (after its migrations).</summary>
    private static async Task<Stream> OpenForWritingAsync(string fifo, Process import)
    {
        var open = Task.Run(() => (Stream)new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16));
        var clock = Stopwatch.StartNew();
        while (!open.IsCompleted)
        {
            Assert.False(import.HasExited, "The import ended before it opened its file.");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "The import did not open its file within 2 minutes.");
            await Task.Delay(50);
        }

        return await open;
    }

    /// <summary>The header (with the first row) and rows [<paramref name="from"/>, <paramref name="to"/>) of the casualties file.</summary>
    private static async Task WriteRowsAsync(Stream pipe, int from, int to)
    {
        var text = new StringBuilder();
        if (from == 0)
        {
            text.Append("externalId,sourceExternalIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country,region,notes\n");
        }

        for (var i = from; i < to; i++)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"crash:{i},crash-source,isis,{(i % 2 == 0 ? "killed" : "wounded")},{i % 50},{(i % 7 == 0 ? "moreThan" : "exact")},"
                + $"2025-10-01,2025-{10 + (i % 3)}-{1 + (i % 28):00},SY,Al-Hasakah,عملية {i} {Marker}\n");
            if (text.Length > 1 << 20)
            {
                await pipe.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
                text.Clear();
            }
        }

        await pipe.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
        await pipe.FlushAsync();
    }

    /// <summary>
    /// Waits until the import has used less than 10% of a core for half a second: it has written what it read and
    /// waits on the pipe for more (<c>/proc/PID/stat</c>, so Linux only).
    /// </summary>
    private static async Task WaitUntilIdleAsync(Process process)
    {
        var clock = Stopwatch.StartNew();
        var before = CpuTicks(process.Id);
        while (clock.Elapsed < TimeSpan.FromMinutes(10) && !process.HasExited)
        {
            await Task.Delay(500);
            var now = CpuTicks(process.Id);
            // Clock ticks are 1/100 s: under 5 in half a second is under 10% of a core.
            if (now - before < 5)
            {
                return;
            }

            before = now;
        }
    }

    /// <summary>The process's user and system CPU time, in clock ticks (fields 14 and 15 of /proc/PID/stat).</summary>
    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
