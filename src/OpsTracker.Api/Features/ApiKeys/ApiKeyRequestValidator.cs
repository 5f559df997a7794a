using FluentValidation;
using OpsTracker.Api.Infrastructure.Auth;

namespace OpsTracker.Api.Features.ApiKeys;

public sealed class ApiKeyRequestValidator : AbstractValidator<ApiKeyRequest>
{
    /// <summary>The name the bootstrap admin key acts under; no stored key may take it, or the audit trail would be ambiguous.</summary>
    public const string BootstrapName = AuthSettings.BootstrapKeyName;

    public ApiKeyRequestValidator()
    {
        RuleFor(k => k.Name).NotEmpty().WithMessage("name is required.")
            .MaximumLength(ApiKeyConfiguration.NameLength).WithMessage($"name is at most {ApiKeyConfiguration.NameLength} characters.")
            .Must(name => name is null || name.Trim() == name).WithMessage("name cannot start or end with spaces.")
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("name cannot contain control characters.")
            .Must(name => !string.Equals(name, BootstrapName, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"'{BootstrapName}' is the bootstrap admin key's name.");
        RuleFor(k => k.Role).NotNull().WithMessage("role is required: reader, editor or admin.")
            .IsInEnum().WithMessage("role is reader, editor or admin.");
    }
}
