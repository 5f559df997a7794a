namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>How a list's answer says how it counted: the <c>Total-Count-Mode</c> header, beside the page's <c>count</c> field.</summary>
public static class CountNames
{
    public const string Header = "Total-Count-Mode";

    public static string Of(CountMode mode) => mode switch
    {
        CountMode.Exact => "exact",
        CountMode.Estimated => "estimated",
        _ => "none",
    };
}
