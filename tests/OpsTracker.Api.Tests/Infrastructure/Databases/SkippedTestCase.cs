using Xunit.Abstractions;
using Xunit.Sdk;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>A test case reported as skipped with a reason decided while the run starts (xunit 2 knows only fixed skips).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink diagnosticMessageSink, IXunitTestCase testCase, string reason)
        : base(diagnosticMessageSink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, testCase.TestMethod, testCase.TestMethodArguments)
    {
        _reason = reason;
    }

    protected override void Initialize()
    {
        base.Initialize();
        SkipReason = _reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkippedReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkippedReason");
        base.Deserialize(data);
    }
}
