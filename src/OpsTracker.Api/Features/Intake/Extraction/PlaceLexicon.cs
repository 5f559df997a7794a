namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Countries, first-level divisions and towns of the counter-ISIS theatre in Arabic and English spellings. Region names
/// follow the sample data's English forms (Al-Hasakah, Deir ez-Zor).
/// </summary>
internal static class PlaceLexicon
{
    public static readonly PhraseTable<Place> Places = new(
    [
        .. Country("SY", "سوريا", "سورية", "syria", "البادية السورية", "شمال شرقي سوريا", "شمال شرق سوريا", "شمال وشرق سوريا",
            "northeast syria", "northeastern syria", "northwest syria", "central syria", "eastern syria"),
        .. Country("IQ", "العراق", "iraq", "الأراضي العراقية", "northern iraq", "western iraq"),
        .. Country("TR", "تركيا", "turkey", "türkiye"),
        .. Country("JO", "الأردن", "jordan"),
        .. Country("LB", "لبنان", "lebanon"),
        .. Region("SY", "Al-Hasakah", "الحسكة", "hasakah", "hasaka", "al-hasakah"),
        .. Region("SY", "Deir ez-Zor", "دير الزور", "deir ez-zor", "deir al-zor", "deir ezzor", "deir el-zour", "deir al-zour"),
        .. Region("SY", "Raqqa", "الرقة", "raqqa", "al-raqqa"),
        .. Region("SY", "Aleppo", "حلب", "aleppo"),
        .. Region("SY", "Idlib", "إدلب", "idlib"),
        .. Region("SY", "Homs", "حمص", "homs"),
        .. Region("SY", "Hama", "حماة", "hama"),
        .. Region("SY", "Damascus", "دمشق", "damascus"),
        .. Region("SY", "Rif Dimashq", "ريف دمشق", "rif dimashq", "damascus countryside"),
        .. Region("SY", "Daraa", "درعا", "daraa"),
        .. Region("SY", "As-Suwayda", "السويداء", "suwayda", "sweida"),
        .. Region("SY", "Latakia", "اللاذقية", "latakia"),
        .. Region("SY", "Tartus", "طرطوس", "tartus"),
        .. Region("SY", "Quneitra", "القنيطرة", "quneitra"),
        .. Town("SY", "Deir ez-Zor", "الشحيل", "al-shuhayl"),
        .. Town("SY", "Deir ez-Zor", "البصيرة", "al-busayrah", "busayrah"),
        .. Town("SY", "Deir ez-Zor", "ذيبان", "dhiban"),
        .. Town("SY", "Deir ez-Zor", "هجين", "hajin"),
        .. Town("SY", "Deir ez-Zor", "الميادين", "mayadin", "al-mayadin"),
        .. Town("SY", "Deir ez-Zor", "البوكمال", "albu kamal", "abu kamal"),
        .. Town("SY", "Al-Hasakah", "الشدادي", "shaddadi", "al-shaddadi"),
        .. Town("SY", "Al-Hasakah", "القامشلي", "qamishli"),
        .. Town("SY", "Al-Hasakah", "المالكية", "malikiyah"),
        .. Town("SY", "Aleppo", "منبج", "manbij"),
        .. Town("SY", "Aleppo", "عين العرب", "كوباني", "kobani"),
        .. Town("SY", "Raqqa", "الطبقة", "tabqa"),
        .. Town("SY", "Idlib", "سرمدا", "sarmada"),
        .. Town("SY", "Homs", "تدمر", "palmyra"),
        .. Town("SY", "Homs", "السخنة", "sukhnah"),
        .. Town("SY", "Hama", "السلمية", "salamiyah"),
        .. Region("IQ", "Al-Anbar", "الأنبار", "anbar", "al-anbar"),
        .. Region("IQ", "Nineveh", "نينوى", "nineveh", "ninewa"),
        .. Region("IQ", "Kirkuk", "كركوك", "kirkuk"),
        .. Region("IQ", "Salah al-Din", "صلاح الدين", "salahuddin", "salah al-din", "salah ad-din"),
        .. Region("IQ", "Diyala", "ديالى", "diyala"),
        .. Region("IQ", "Baghdad", "بغداد", "baghdad"),
        .. Region("IQ", "Erbil", "أربيل", "erbil"),
        .. Region("IQ", "Duhok", "دهوك", "duhok", "dohuk"),
        .. Region("IQ", "Sulaymaniyah", "السليمانية", "sulaymaniyah"),
        .. Region("IQ", "Babil", "بابل", "babil", "babylon"),
        .. Region("IQ", "Dhi Qar", "ذي قار", "dhi qar"),
        .. Town("IQ", "Nineveh", "الموصل", "mosul"),
        .. Town("IQ", "Nineveh", "سنجار", "sinjar"),
        .. Town("IQ", "Nineveh", "مخمور", "makhmour"),
        .. Town("IQ", "Nineveh", "قرجوغ", "qarachogh"),
        .. Town("IQ", "Al-Anbar", "القائم", "al-qaim", "qaim"),
        .. Town("IQ", "Al-Anbar", "الرطبة", "rutba"),
        .. Town("IQ", "Al-Anbar", "حديثة", "haditha"),
        .. Town("IQ", "Al-Anbar", "الفلوجة", "fallujah"),
        .. Town("IQ", "Al-Anbar", "الرمادي", "ramadi"),
        .. Town("IQ", "Al-Anbar", "وادي حوران", "wadi hauran", "wadi horan"),
        .. Town("IQ", "Salah al-Din", "تكريت", "tikrit"),
        .. Town("IQ", "Salah al-Din", "الطوز", "طوز خورماتو", "tuz khurmatu"),
        .. Town("IQ", "Salah al-Din", "سامراء", "samarra"),
        .. Town("IQ", "Salah al-Din", "بيجي", "baiji"),
        .. Town("IQ", "Diyala", "بعقوبة", "baqubah"),
        .. Town("IQ", "Diyala", "العظيم", "al-adhaim"),
        .. Town("IQ", "Dhi Qar", "الناصرية", "nasiriyah"),
    ], skipMarks: true);

    /// <summary>Bearings before a place: "شمالي بغداد", "north of Baghdad", "قرب الموصل".</summary>
    public static readonly HashSet<string> Directions = TextFolding.Set(
        "شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي", "قرب", "بالقرب", "محيط", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "near", "outside", "of");

    /// <summary>The first words of a dateline ("بغداد -", "BAGHDAD, Nov 20 (Reuters) -"): the place of writing, not of the event.</summary>
    public static bool IsDatelineMark(Token token) => token.Kind == TokenKind.Symbol && token.Symbol is '-' or '–' or '—';

    private static IEnumerable<(string, Place)> Country(string code, params string[] names) =>
        names.Select(name => (name, new Place(code)));

    private static IEnumerable<(string, Place)> Region(string code, string region, params string[] names) =>
        names.Select(name => (name, new Place(code, region)));

    private static IEnumerable<(string, Place)> Town(string code, string region, params string[] names) =>
        names.Select(name => (name, new Place(code, region, names[0])));
}
