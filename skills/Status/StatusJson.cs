namespace OpsBot.Skills.Status;

/// <summary>
/// The status as the command line's JSON has it (camelCase on the wire):
/// <c>{"asOf","unapplied":{"count","amount"},"ageing":[{"bucket","count","amount"}],"slaBreaches":{"count","amount"},
/// "today":{"received","straightThrough","allocated","remaining"},"straightThroughRate","byChannel":{CHANNEL:{"count","amount"}},
/// "byAnalyst":{USER:{"count","amount"}},"topReasons":[{"reason","count"}]}</c>. Each of today's four figures is a
/// {"count","amount"} pair; amounts are numbers; the rate is a fraction from 0 to 1, or null when nothing came in today.
/// </summary>
public sealed record StatusJson(
    DateTimeOffset AsOf,
    CountAmount Unapplied,
    IReadOnlyList<StatusJson.AgeingJson> Ageing,
    CountAmount SlaBreaches,
    StatusJson.TodayJson Today,
    decimal? StraightThroughRate,
    IReadOnlyDictionary<string, CountAmount> ByChannel,
    IReadOnlyDictionary<string, CountAmount> ByAnalyst,
    IReadOnlyList<ReasonCount> TopReasons)
{
    public sealed record AgeingJson(string Bucket, int Count, decimal Amount);

    public sealed record TodayJson(CountAmount Received, CountAmount StraightThrough, CountAmount Allocated, CountAmount Remaining);

    public static StatusJson From(QueueStatus status) => new(
        status.AsOf,
        status.Unapplied,
        [.. status.Ageing.Select(a => new AgeingJson(a.Key, a.Total.Count, a.Total.Amount))],
        status.SlaBreaches,
        new TodayJson(status.TodayFlow.Received, status.TodayFlow.StraightThrough, status.TodayFlow.Allocated, status.TodayFlow.Remaining),
        status.StraightThroughRate,
        Ordered(status.ByChannel),
        Ordered(status.ByAnalyst),
        status.TopReasons);

    // Insertion order is the order written, so the JSON lists channels and analysts as the status orders them.
    private static Dictionary<string, CountAmount> Ordered(IReadOnlyList<Breakdown> lines)
    {
        var map = new Dictionary<string, CountAmount>(StringComparer.Ordinal);
        foreach (var line in lines) map[line.Key] = line.Total;
        return map;
    }
}
