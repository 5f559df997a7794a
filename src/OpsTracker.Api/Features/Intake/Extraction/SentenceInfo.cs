namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>What the reader found in one sentence before facts are built from it.</summary>
internal sealed class SentenceInfo(Sentence sentence)
{
    public Sentence Sentence { get; } = sentence;
    public List<DateMention> Dates { get; } = [];
    public List<NameMatch> Names { get; } = [];
    public List<PhraseMatch<Place>> Places { get; } = [];
    public List<PersonMention> People { get; } = [];
    public List<UnresolvedMention> Unresolved { get; } = [];

    /// <summary>The sentence's own attribution, if it has a speech verb or "according to".</summary>
    public Attribution? OwnAttribution { get; set; }

    /// <summary>The attribution in force: its own, or the one before it.</summary>
    public Attribution? Attribution { get; set; }

    /// <summary>Refers back to events told before: "العمليات", "the clashes", "هذا الدعم".</summary>
    public bool RefersBack { get; set; }

    /// <summary>Tokens of a dateline ("BAGHDAD, Nov 20 (Reuters) -"): the place and date of writing.</summary>
    public int DatelineEnd { get; set; } = -1;
}
