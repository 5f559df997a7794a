using FluentValidation;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public static class CountryRules
{
    /// <summary>An assigned ISO 3166-1 alpha-2 code in upper case, where one is given.</summary>
    public static void AssignedCountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || CountryCodes.IsAssigned(code))
            .WithMessage((_, code) => $"'{code}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).");
}
