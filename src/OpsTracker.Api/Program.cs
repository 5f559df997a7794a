using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Resources;

var builder = WebApplication.CreateBuilder(ImportCommand.HostArgs(args));

builder.Services.AddOpsTrackerDatabase(builder.Configuration, builder.Environment);
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.Configure<JsonOptions>(options => JsonSetup.Apply(options.SerializerOptions));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => JsonSetup.Apply(options.JsonSerializerOptions));

// Binding failures throw (instead of a bare 400) so ApiExceptionHandler can answer with a problem naming the field.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpsTrackerSwagger();
builder.Services.AddImports(builder.Configuration);

var app = builder.Build();

// "import <resource> <file>" runs one import against the configured database and exits, instead of serving.
if (ImportCommand.IsImport(args))
{
    return await ImportCommand.RunAsync(app, args);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseOpsTrackerSwagger();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthChecks("/health");
app.MapResources();
app.MapStats();
app.MapImports();
app.MapAudit();

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
