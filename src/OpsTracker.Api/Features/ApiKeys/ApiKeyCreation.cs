using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>What creating a key came to: the new key, invalid fields, or the id of the key that already has the name.</summary>
public sealed record ApiKeyCreation(CreatedApiKeyResponse? Created, ValidationErrors? Invalid = null, long? NameHeldBy = null);
