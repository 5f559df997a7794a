namespace OpsTracker.Api.RecordEngine.Search;

/// <summary>
/// A kunya ("father of", أبو عبد الرحمن) is declined: أبو as a subject, أبي after a preposition ("عن أبي عبد الرحمن"),
/// أبا as an object. Reports write whichever their sentence needs, so a name stored in one form is searched in all
/// three. The forms are added to the record's search text when it is written (not folded by
/// <see cref="SearchNormalizer"/>, where أبي "my father" and every other record's stored text would change too).
/// </summary>
public static class KunyaForms
{
    private static readonly string[][] Forms =
    [
        ["ابو", "ابي", "ابا"],
        ["abu", "abi", "aba"],
    ];

    /// <summary>Each name, normalized, then each of its other case forms where it has a kunya word.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string?> names)
    {
        foreach (var name in names)
        {
            var normalized = SearchNormalizer.Normalize(name);
            if (normalized.Length == 0)
            {
                continue;
            }

            yield return normalized;
            var words = normalized.Split(' ');
            foreach (var forms in Forms)
            {
                if (!words.Any(forms.Contains))
                {
                    continue;
                }

                foreach (var form in forms)
                {
                    var declined = string.Join(' ', words.Select(word => forms.Contains(word) ? form : word));
                    if (declined != normalized)
                    {
                        yield return declined;
                    }
                }
            }
        }
    }
}
