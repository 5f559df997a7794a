namespace OpsTracker.Api.SampleData;

/// <summary>
/// The sample report's text: two paragraphs of the Shafaq News seed report (../shared/seeds), exactly as published,
/// stored as the Shafaq source's text and read into drafts, so report intake has a report to show on a new database.
/// </summary>
internal static class SampleReportText
{
    public const string Shafaq = """
        أعلنت القيادة المركزية الأمريكية (سنتكوم)، يوم الخميس، تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي، بالتعاون مع شركاء محليين.

        وفي السياق ذاته، ذكرت القيادة المركزية أن عدد النازحين في مخيمي (الهول) و(الروج) اللذين يضمان عائلات مقاتلي التنظيم، "انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً"، معتبرة أن "هذا التراجع يسهم في تقليص فرص التأثير المتطرف، خصوصاً بين النساء والأطفال".
        """;
}
