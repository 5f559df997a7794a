using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Resources;
using OpsTracker.Api.Infrastructure.Security;

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
builder.AddOpsTrackerSecurity();

var app = builder.Build();

// "import <resource> <file>" runs one import against the configured database and exits, instead of serving.
if (ImportCommand.IsImport(args))
{
    return await ImportCommand.RunAsync(app, args);
}

// Hardening (docs/hardening.md). Security headers, CORS and body limits come first, so errors carry them too.
app.UseOpsTrackerSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseOpsTrackerSwagger();
// The rate limiter partitions by API key, so it must sit AFTER app.UseAuthentication() (before it, every caller counts
// as anonymous) and BEFORE app.UseAuthorization() (so calls refused with 401/403, key guessing included, are counted).
app.UseOpsTrackerRateLimiter();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthChecks("/health");
app.MapResources();
app.MapStats();
app.MapImports();

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
