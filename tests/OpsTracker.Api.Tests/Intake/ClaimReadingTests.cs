using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Intake;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Statements;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// One attack (an operation of count 1, however often told), counted attacks, events (one per event) and statements
/// (a named speaker's words) read from a report's text.
/// </summary>
public sealed class ClaimReadingTests
{
    private static List<Draft> Of(string kind, string text, DateOnly? published = null) =>
        Extract(text, published).Where(draft => draft.Kind == kind).ToList();

    [Theory]
    [InlineData("قُتل ثلاثة من مقاتلي قسد، مساء أمس، بهجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في ريف دير الزور.", OperationType.Attack)]
    [InlineData("قتل جنديان بكمين نصبه عناصر من داعش لدورية عسكرية في ريف دير الزور ليلة أمس.", OperationType.Ambush)]
    [InlineData("أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في ريف دير الزور مساء أمس.", OperationType.Bombing)]
    [InlineData("قتل ثلاثة من مقاتلي قسد، مساء أمس، بهجوم بسيارة مفخخة على حاجز في ريف دير الزور.", OperationType.Bombing)]
    [InlineData("قتل ثلاثة من مقاتلي قسد، مساء أمس، في عملية اغتيال نفذها مسلحون في ريف دير الزور.", OperationType.Assassination)]
    [InlineData("Two SDF fighters were killed when ISIS gunmen ambushed a patrol near Deir ez-Zor last night.", OperationType.Ambush)]
    [InlineData("A suicide bombing killed two soldiers near Deir ez-Zor yesterday.", OperationType.Bombing)]
    public void An_attack_bombing_ambush_or_assassination_is_one_operation_of_its_type_on_the_day_its_casualties_have(string text, OperationType type)
    {
        var drafts = Extract(text);

        var draft = Assert.Single(drafts, d => d.Kind == DraftKinds.Operations);
        var casualty = Assert.Single(drafts, d => d.Kind == DraftKinds.Casualties);
        Assert.Equal((type, casualty.Record.StartDate, "SY"), (draft.Record.Type!.Value, draft.Record.StartDate, draft.Record.Country));
        Assert.Equal((1, CountQualifier.Exact), (draft.Record.Count!.Best!.Value, draft.Record.Count.Qualifier!.Value));
        Assert.Null(draft.Record.EventType);
        Assert.False(string.IsNullOrEmpty(draft.Record.Title));
        Assert.DoesNotContain(drafts, d => d.Kind == DraftKinds.Events);
        Assert.Equal(new DateOnly(2025, 11, 12), draft.Record.StartDate);
    }

    [Fact]
    public void A_prison_break_is_one_attack()
    {
        var draft = Assert.Single(Of(DraftKinds.Operations, "فرّ 20 من عناصر داعش من سجن في الحسكة، أمس الأربعاء، في عملية هروب جماعي."));

        Assert.Equal((OperationType.Attack, 1), (draft.Record.Type!.Value, draft.Record.Count!.Best!.Value));
    }

    [Fact]
    public void The_same_attack_in_the_headline_body_and_a_later_sentence_is_one_operation_with_the_bodys_date()
    {
        var drafts = Of(DraftKinds.Operations, """
            مقتل ثلاثة من قسد بهجوم لداعش في ريف دير الزور

            قُتل ثلاثة من مقاتلي قسد، مساء الثلاثاء، بهجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في ريف دير الزور.

            وقالت قسد إن قواتها صدت الهجوم.
            """);

        var draft = Assert.Single(drafts);
        Assert.Equal(new DateOnly(2025, 11, 11), draft.Record.StartDate);
        Assert.Equal(3, draft.Quotes.Count);
        Assert.Contains(Isis, draft.Record.ForceIds!);
        Assert.Contains(Sdf, draft.Record.ForceIds!);
    }

    [Theory]
    [InlineData("نفذ تنظيم داعش ما يزيد على 240 هجوماً في البادية السورية منذ مطلع العام الجاري.", 240, OperationType.Attack, CountQualifier.MoreThan)]
    [InlineData("ISIS carried out 12 attacks in Deir ez-Zor last month.", 12, OperationType.Attack, CountQualifier.Exact)]
    [InlineData("شهدت محافظة دير الزور 5 اغتيالات خلال الشهر الماضي.", 5, OperationType.Assassination, CountQualifier.Exact)]
    public void Counted_attacks_are_one_operation_counting_them(string text, int count, OperationType type, CountQualifier qualifier)
    {
        var draft = Assert.Single(Of(DraftKinds.Operations, text));

        Assert.Equal((count, type, qualifier), (draft.Record.Count!.Best!.Value, draft.Record.Type!.Value, draft.Record.Count.Qualifier ?? CountQualifier.Exact));
    }

    [Theory]
    [InlineData("أحبطت القوات الأمنية هجوماً كان يستهدف سجناً في الحسكة.")]
    [InlineData("ضبطت القوات عبوات معدة للتفجير في الحسكة.")]
    [InlineData("انخفضت وتيرة هجمات التنظيم في الحسكة خلال العام الجاري.")]
    [InlineData("اعتقل قيادي مسؤول عن عمليات الاغتيال في الحسكة.")]
    [InlineData("اعتقل عنصر في الحسكة بتهمة الانضمام لداعش.")]
    [InlineData("Security forces foiled an attack on a prison in Hasakah.")]
    public void Foiled_planned_and_uncounted_plural_attacks_and_joining_a_group_are_neither_operations_nor_events(string text)
    {
        var drafts = Extract(text);

        Assert.DoesNotContain(drafts, d => d.Kind is DraftKinds.Events || (d.Kind is DraftKinds.Operations && d.Record.Type is not null && OperationSides.InsurgentTypes.Contains(d.Record.Type.Value)));
    }

    [Theory]
    [InlineData("أكد وزير الإعلام أنه لم يتم توقيع اتفاق مع التحالف الدولي حتى الآن.", 0)]
    [InlineData("وقعت الحكومة العراقية وقوات سوريا الديمقراطية، أمس الأربعاء، اتفاقاً لنقل المحتجزين.", 1)]
    [InlineData("أعلنت سوريا توقيع اتفاقية مع التحالف الدولي.", 1)]
    public void An_agreement_is_an_event_counting_the_agreements_signed(string text, int signed)
    {
        var draft = Assert.Single(Of(DraftKinds.Events, text));

        Assert.Equal((EventType.Agreement, signed, CountQualifier.Exact), (draft.Record.EventType!.Value, draft.Record.Count!.Best!.Value, draft.Record.Count.Qualifier!.Value));
    }

    [Fact]
    public void Joining_a_coalition_counts_the_member_it_becomes_and_a_camp_closed_names_its_camp()
    {
        var joined = Assert.Single(Of(DraftKinds.Events, "أعلنت سوريا، اليوم الخميس، انضمامها إلى التحالف الدولي لتصبح العضو رقم 90 فيه."));
        var closed = Assert.Single(Of(DraftKinds.Events, "أعلنت الإدارة الذاتية، اليوم الخميس، إغلاق مخيم روج بعد إعادة آخر العائلات."));

        Assert.Equal((EventType.CoalitionMembership, 90, Thursday), (joined.Record.EventType!.Value, joined.Record.Count!.Best!.Value, joined.Record.StartDate!.Value));
        Assert.Contains(Coalition, joined.Record.ForceIds!);
        Assert.Equal((EventType.CampClosure, Roj, "SY"), (closed.Record.EventType!.Value, closed.Record.CampId!.Value, closed.Record.Country));
    }

    [Fact]
    public void A_forces_quoted_words_are_a_statement_kept_byte_for_byte_with_its_day_and_medium()
    {
        const string Words = "الحرب على الإرهاب لم تنتهِ بعد، وتنظيم داعش يحاول إعادة بناء خلاياه";
        var draft = Assert.Single(Of(DraftKinds.Statements, $"وأكدت قوات سوريا الديمقراطية، في بيان اليوم الخميس، أن «{Words}»."));

        Assert.Equal((Words, Sdf, Thursday, StatementMedium.PressRelease),
            (draft.Record.Quote, draft.Record.ForceId!.Value, draft.Record.MadeOn!.Value, draft.Record.Medium!.Value));
        Assert.Equal(DraftKinds.Statements, draft.Kind);
        Assert.False(draft.Record.ToRequestBody(draft.Kind).ContainsKey("count"));
        Assert.Equal([new DraftAbout("forces", Isis)], draft.Record.About);
    }

    [Fact]
    public void Without_quotation_marks_the_words_are_the_reported_clause_and_the_speaker_goes_on_in_the_next_sentence()
    {
        var drafts = Of(DraftKinds.Statements, """
            قالت القيادة المركزية الأمريكية، اليوم الخميس، إن التنظيم ما زال يشكل تهديداً في البادية السورية.
            وأضافت أن "التعاون مع الشركاء المحليين سيستمر حتى هزيمة التنظيم بالكامل".
            """);

        Assert.Equal(["التنظيم ما زال يشكل تهديداً في البادية السورية", "التعاون مع الشركاء المحليين سيستمر حتى هزيمة التنظيم بالكامل"],
            drafts.Select(draft => draft.Record.Quote));
        Assert.All(drafts, draft => Assert.Equal((Centcom, Thursday), (draft.Record.ForceId!.Value, draft.Record.MadeOn!.Value)));
    }

    [Fact]
    public void A_named_person_the_gazetteer_knows_is_the_speaker_by_id()
    {
        var draft = Assert.Single(Of(DraftKinds.Statements, "وقال أبو حفص الهاشمي القرشي في تسجيل صوتي إن \"المعركة مستمرة في كل مكان ولن تتوقف\"."));

        Assert.Equal(AbuHafs, draft.Record.PersonId);
        Assert.Empty(draft.Unresolved);
    }

    [Theory]
    [InlineData("وقال وزير الخارجية أسعد الشيباني إن \"الخطوة تفتح صفحة جديدة\".", "أسعد الشيباني")]
    [InlineData("وقال قائد عمليات كركوك، اللواء الركن صباح العبيدي، إن \"القوات ستلاحق المهاجمين\".", "صباح العبيدي")]
    [InlineData("\"We will not stop until ISIS is defeated,\" said Gen. Michael Erik Kurilla.", "Michael Erik Kurilla")]
    public void A_named_person_the_gazetteer_does_not_know_is_unresolved_never_guessed(string text, string name)
    {
        var draft = Assert.Single(Of(DraftKinds.Statements, text));

        Assert.Null(draft.Record.PersonId);
        Assert.Equal((name, "person"), (draft.Unresolved[0].Text, draft.Unresolved[0].Type));
        Assert.Equal(name, text[draft.Unresolved[0].Start..draft.Unresolved[0].End]);
    }

    [Theory]
    [InlineData("قالت مصادر محلية إن \"الوضع الأمني في المنطقة ما زال متوتراً للغاية\".")]
    [InlineData("A security source said that the situation in the area remains tense.")]
    [InlineData("قالت قوات سوريا الديمقراطية إن قواتها اعتقلت 12 من عناصر داعش في ريف الحسكة.")]
    [InlineData("وأضافت قسد أن القوات صادرت كميات من الأسلحة والذخائر خلال الحملة.")]
    [InlineData("غير أن مسؤولا أمريكيا، طلب عدم الكشف عن هويته، قال: \"إن سوريا ستنضم إلى التحالف الدولي قريباً\".")]
    public void Anonymous_sources_figures_and_what_forces_did_make_no_statement(string text) =>
        Assert.Empty(Of(DraftKinds.Statements, text));

    [Fact]
    public void Two_weekdays_joined_are_a_period_from_the_first_to_the_second()
    {
        var draft = Single("نفذت القوات يومي الثلاثاء والأربعاء 4 عمليات ضد داعش في ريف الحسكة.");

        Assert.Equal((new DateOnly(2025, 11, 11), new DateOnly(2025, 11, 12)), (draft.Record.StartDate!.Value, draft.Record.EndDate!.Value));
    }
}
