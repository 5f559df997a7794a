using FluentValidation;

namespace OpsTracker.Api.Infrastructure.Validation;

/// <summary>
/// The fields a request cannot leave out: those its validator refuses on an empty request, less those another field
/// can stand in for (<see cref="RequiredWithAlternative"/>). The OpenAPI document and the CSV import both read them.
/// </summary>
public static class RequiredFields
{
    /// <summary>The camelCase paths ("count.best", "sourceIds") of the fields <paramref name="validator"/> requires.</summary>
    public static IEnumerable<string> Of(IValidator validator, object blank)
    {
        var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(blank.GetType()), blank)!;
        return validator.Validate(context).Errors
            .Where(failure => failure.CustomState is not RequiredWithAlternative)
            .Select(failure => FieldPath.FromMemberPath(failure.PropertyName))
            .Distinct(StringComparer.Ordinal);
    }
}
