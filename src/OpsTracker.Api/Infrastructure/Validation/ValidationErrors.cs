using FluentValidation.Results;

namespace OpsTracker.Api.Infrastructure.Validation;

/// <summary>Collects field errors, keyed by camelCase field path, for one 400 validation problem.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        // Several filters may read the same parameter; one message per mistake is enough.
        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public void Add(ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            Add(FieldPath.FromMemberPath(failure.PropertyName), failure.ErrorMessage);
        }
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    public static ValidationErrors For(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors;
    }
}
