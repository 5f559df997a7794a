using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using OpsTracker.Api.Infrastructure.CommandLine;

namespace OpsTracker.Api.Tests.CommandLine;

/// <summary>
/// A command's host does not watch its configuration files: the watch covers the whole content root, where the
/// default database lives, and would wake for every page a long import writes to the WAL. Serving keeps the watch.
/// </summary>
public sealed class CommandLineHostTests
{
    [Fact]
    public void A_command_loads_its_configuration_files_without_watching_them()
    {
        var builder = WebApplication.CreateBuilder(CommandLineHost.HostArgs(["import", "casualties", "file.csv", "--dry-run", "--Imports:BulkThreshold=10"]));

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.ReloadOnChange, file.Path));
        Assert.Equal("10", builder.Configuration["Imports:BulkThreshold"]);
    }

    [Fact]
    public void Serving_passes_every_argument_to_the_host_and_keeps_watching()
    {
        string[] args = ["--urls=http://127.0.0.1:5000"];

        var builder = WebApplication.CreateBuilder(CommandLineHost.HostArgs(args));

        Assert.Same(args, CommandLineHost.HostArgs(args));
        Assert.Contains(((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>(), file => file.ReloadOnChange);
    }
}
