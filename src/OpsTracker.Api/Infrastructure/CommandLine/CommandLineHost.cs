using System.Text;

namespace OpsTracker.Api.Infrastructure.CommandLine;

/// <summary>
/// The host's arguments when the API runs one command and exits (<c>import …</c>, <c>keys …</c>, <c>backup …</c>, <c>check</c>, <c>intake …</c>) instead of serving:
/// only the <c>--Key=value</c> settings (the command's own words and switches are not settings), after defaults that
/// keep stdout for the command's answer alone (log lines go to stderr, and only warnings) and do not watch the
/// configuration files for changes: the watch covers the whole content root, where the default database lives, so it
/// would wake for every page a long import writes to the database's WAL. Serving, all arguments are the host's.
/// </summary>
public static class CommandLineHost
{
    private static readonly string[] Commands = ["import", "keys", "backup", "check", "intake"];

    public static bool IsCommand(string[] args, string command) => args.Length > 0 && args[0] == command;

    /// <summary>
    /// Writes a command's output and messages as UTF-8, whatever the locale says: what the commands print is JSON, which
    /// is UTF-8 (RFC 8259), and names and quotes in Arabic. Under a Latin-1 locale (<c>LANG=en_US.ISO-8859-1</c>) .NET
    /// would write each Arabic letter as '?', and a script reading the output would store the question marks.
    /// </summary>
    public static void UseUtf8Output(string[] args)
    {
        if (IsAnyCommand(args))
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
    }

    private static bool IsAnyCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>True for a <c>--Key=value</c> setting, which goes to the host's configuration.</summary>
    public static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=');

    public static string[] HostArgs(string[] args) => IsAnyCommand(args)
        ?
        [
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations=Error",
            "--hostBuilder:reloadConfigOnChange=false",
            .. args.Skip(1).Where(IsSetting),
        ]
        : args;
}
