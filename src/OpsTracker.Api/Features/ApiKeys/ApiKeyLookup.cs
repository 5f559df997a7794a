using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>The stored keys as authentication looks them up: by hash, through the unique index, unrevoked only.</summary>
public sealed class ApiKeyLookup(OpsTrackerDbContext db) : IApiKeyLookup
{
    public Task<StoredApiKey?> FindActiveAsync(byte[] hash, CancellationToken cancellationToken) =>
        db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new StoredApiKey(k.Name, k.Role, k.KeyHash))
            .FirstOrDefaultAsync(cancellationToken);
}
