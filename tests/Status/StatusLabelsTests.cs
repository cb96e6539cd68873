using System.Reflection;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Status;

namespace OpsBot.Tests.Status;

public class StatusLabelsTests
{
    public static TheoryData<string> Reasons()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(UnappliedReasons).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            data.Add((string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Every_reason_ingest_can_give_reads_as_words_on_the_status_card_in_both_languages(string reason)
    {
        var english = StatusLabels.Reason(reason, "en");
        var french = StatusLabels.Reason(reason, "fr");

        Assert.NotEqual(reason, english);
        Assert.NotEqual(reason, french);
        Assert.NotEqual(english, french);
    }
}
