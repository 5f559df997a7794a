namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Nationality adjectives and the ISO 3166-1 alpha-2 code they stand for: "عراقي الجنسية", "الجنسية العراقية",
/// "an Iraqi national". Arabic adjectives match in their masculine, feminine and plural forms.
/// </summary>
internal static class NationalityLexicon
{
    private static readonly Dictionary<string, string> Adjectives = Build(
    [
        ("IQ", "عراقي iraqi"), ("SY", "سوري syrian"), ("TN", "تونسي tunisian"), ("MA", "مغربي moroccan"), ("SA", "سعودي saudi"),
        ("EG", "مصري egyptian"), ("JO", "أردني jordanian"), ("LB", "لبناني lebanese"), ("TR", "تركي turkish"), ("RU", "روسي شيشاني داغستاني russian chechen dagestani"),
        ("UZ", "أوزبكي uzbek"), ("TJ", "طاجيكي tajik"), ("AZ", "أذري azerbaijani"), ("FR", "فرنسي french"), ("DE", "ألماني german"),
        ("GB", "بريطاني british"), ("BE", "بلجيكي belgian"), ("NL", "هولندي dutch"), ("SE", "سويدي swedish"), ("US", "أمريكي أميركي american"),
        ("CA", "كندي canadian"), ("AU", "أسترالي australian"), ("LY", "ليبي libyan"), ("DZ", "جزائري algerian"), ("YE", "يمني yemeni"),
        ("KW", "كويتي kuwaiti"), ("IR", "إيراني iranian"), ("AF", "أفغاني afghan"), ("PK", "باكستاني pakistani"), ("SO", "صومالي somali"),
        ("SD", "سوداني sudanese"), ("ID", "إندونيسي indonesian"), ("MY", "ماليزي malaysian"), ("PS", "فلسطيني palestinian"),
        ("KZ", "كازاخي kazakh"), ("KG", "قرغيزي kyrgyz"), ("TM", "تركماني turkmen"), ("CN", "صيني uyghur chinese"),
    ]);

    /// <summary>The code of a nationality adjective in any of its forms ("العراقية", "عراقيين", "Iraqi"), or null.</summary>
    public static string? CodeOf(Token token)
    {
        if (!token.IsWord)
        {
            return null;
        }

        foreach (var form in token.Forms)
        {
            var bare = TextFolding.Bare(form);
            if (Adjectives.TryGetValue(bare, out var code))
            {
                return code;
            }

            // Feminine and plural endings: عراقيه، عراقيا، عراقيين، عراقيون
            foreach (var ending in (string[])["ه", "ا", "ين", "ون", "ان", "s"])
            {
                if (bare.Length > ending.Length + 2 && bare.EndsWith(ending, StringComparison.Ordinal)
                    && Adjectives.TryGetValue(bare[..^ending.Length], out code))
                {
                    return code;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> Build((string Code, string Forms)[] rows)
    {
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, forms) in rows)
        {
            foreach (var form in forms.Split(' '))
            {
                adjectives[TextFolding.Fold(form)] = code;
            }
        }

        return adjectives;
    }
}
