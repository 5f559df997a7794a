using System.Reflection;
using OpsTracker.Api.Tests.Infrastructure.Tools;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// xunit's own framework, with one addition: before the tests run, each is checked against this run's database.
/// A test marked for the other provider, or every test of the PostgreSQL run when no server answers, is reported as
/// skipped with the reason, instead of failing. <c>OPSTRACKER_REQUIRE_POSTGRES=1</c> (set by CI) turns the missing
/// server into failures: there, the PostgreSQL run must always run. A test that needs a tool outside .NET
/// (<see cref="RequiresToolAttribute"/>) is skipped the same way where the tool is missing, unless its variable requires it.
/// </summary>
public sealed class ProviderTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string RequireVariable = "OPSTRACKER_REQUIRE_POSTGRES";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            var serverMissing = TestDatabase.IsPostgres && Environment.GetEnvironmentVariable(RequireVariable) != "1"
                ? PostgresTestDatabase.Unavailable()
                : null;
            if (serverMissing is not null)
            {
                // Shown by the test run's console (the PostgreSQL project turns xunit's diagnostic messages on).
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"Every PostgreSQL test is skipped: {serverMissing}"));
            }

            var cases = testCases
                .Select(testCase => (serverMissing ?? SkipReason(testCase.TestMethod)) is { } reason
                    ? new SkippedTestCase(DiagnosticMessageSink, testCase, reason)
                    : testCase)
                .ToList();
            base.RunTestCases(cases, executionMessageSink, executionOptions);
        }

        private static string? SkipReason(ITestMethod testMethod)
        {
            var method = testMethod.Method.ToRuntimeMethod();
            var type = testMethod.TestClass.Class.ToRuntimeType();
            return ProviderSkipReason(method, type) ?? ToolSkipReason(method, type);
        }

        private static string? ToolSkipReason(MethodInfo method, Type type) =>
            (method.GetCustomAttribute<RequiresToolAttribute>() ?? type.GetCustomAttribute<RequiresToolAttribute>()) is { } needs
            && !ExternalTools.IsRequired(needs.Tool)
                ? ExternalTools.Unavailable(needs.Tool)
                : null;

        private static string? ProviderSkipReason(MethodInfo method, Type type)
        {
            if (TestDatabase.IsPostgres)
            {
                var sqliteOnly = method.GetCustomAttribute<SqliteOnlyAttribute>() ?? type.GetCustomAttribute<SqliteOnlyAttribute>();
                return sqliteOnly is null ? null : $"SQLite only: {sqliteOnly.Reason}";
            }

            var postgresOnly = method.GetCustomAttribute<PostgresOnlyAttribute>() ?? type.GetCustomAttribute<PostgresOnlyAttribute>();
            return postgresOnly is null ? null : $"PostgreSQL only: {postgresOnly.Reason} (it runs in OpsTracker.Api.Tests.Postgres)";
        }
    }
}
