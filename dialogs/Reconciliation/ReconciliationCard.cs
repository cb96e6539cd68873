using System.Globalization;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Reconciliation;
using OpsBot.Skills.Time;
using static OpsBot.Dialogs.Cards.CardElements;
using static OpsBot.Dialogs.Reconciliation.ReconcileTexts;

namespace OpsBot.Dialogs.Reconciliation;

/// <summary>
/// A day's reconciliation as an Adaptive Card (1.5): received by channel = straight through + allocated + unapplied +
/// returned, balanced or not, the exceptions in words, and who signed it off — or a Sign off button (Action.Execute)
/// for a leader or an approver, with a required explanation when the day does not balance.
/// </summary>
public sealed class ReconciliationCard(OpsClock clock)
{
    public const string SignOffVerb = "day.signoff";
    public const string ExplanationInput = "explanation";
    public const int MaxExceptions = 15;

    public JObject Build(DayReconciliation day, DaySignOff? signedOff, bool canSignOff, string language, string? message = null, string? problem = null)
    {
        var card = new AdaptiveCard()
            .Add(Text(Title(day.Date).In(language), weight: "Bolder", size: "Medium"));
        if (message is not null) card.Add(Text(message, weight: "Bolder", color: "Good"));
        card.Add(Text(day.Balanced ? Balanced.In(language) : NotBalanced(day.Difference).In(language),
            weight: "Bolder", color: day.Balanced ? "Good" : "Attention"));

        if (day.Received.Count == 0)
            card.Add(Text(NothingReceived.In(language), subtle: true));
        card.Add(Facts([(Received.In(language), Figure(Payments(day.Received.Count), day.Received.Amount, language))]));
        if (day.ByChannel.Count > 0)
        {
            card.Add(Text(ByChannel.In(language), weight: "Bolder"));
            card.Add(Facts(day.ByChannel.Select(c => (PaymentWords.Channel(c.Key).In(language), Figure(Payments(c.Value.Count), c.Value.Amount, language)))));
        }
        card.Add(Facts(
        [
            (StraightThrough.In(language), Figure(Credits(day.StraightThrough.Count), day.StraightThrough.Amount, language)),
            (Allocated.In(language), Figure(Credits(day.Allocated.Count), day.Allocated.Amount, language)),
            (Unapplied.In(language), Figure(Payments(day.Unapplied.Count), day.Unapplied.Amount, language)),
            (Returned.In(language), Figure(Payments(day.Returned.Count), day.Returned.Amount, language)),
            (Difference.In(language), CanadianFormat.Money(day.Difference, language)),
        ]));
        card.Add(Text(Equation(day.Received.Amount, day.StraightThrough.Amount, day.Allocated.Amount, day.Unapplied.Amount, day.Returned.Amount).In(language),
            subtle: true));

        card.Add(Text(Exceptions(day.Exceptions.Count).In(language), weight: "Bolder"));
        if (day.Exceptions.Count == 0)
            card.Add(Text(NoExceptions.In(language), subtle: true));
        foreach (var item in day.Exceptions.OrderByDescending(e => e.Breaks).Take(MaxExceptions))
            card.Add(Text("- " + ReconciliationMessages.Describe(item, language), color: item.Breaks ? "Attention" : null));
        if (day.Exceptions.Count > MaxExceptions)
            card.Add(Text(MoreExceptions(day.Exceptions.Count - MaxExceptions).In(language), subtle: true));

        if (signedOff is not null)
        {
            var local = TimeZoneInfo.ConvertTime(signedOff.At, clock.Zone);
            card.Add(Text(SignedOff(signedOff.ByName, DateOnly.FromDateTime(local.DateTime), Time(local, language),
                signedOff.Balanced ? null : signedOff.Difference).In(language), weight: "Bolder"));
            return card.ToJson();
        }
        if (problem is not null) card.Add(Text(problem, color: "Attention", weight: "Bolder"));
        if (!canSignOff || day.Date > clock.Today)
        {
            card.Add(Text(NotSignedOff.In(language), subtle: true));
            return card.ToJson();
        }
        if (!day.Balanced)
            card.Add(new JObject
            {
                ["type"] = "Input.Text",
                ["id"] = ExplanationInput,
                ["label"] = ExplanationLabel.In(language),
                ["isRequired"] = true,
                ["errorMessage"] = ExplanationLabel.In(language),
                ["isMultiline"] = true,
                ["maxLength"] = 1000,
            });
        var button = Execute(SignOff.In(language), SignOffVerb, new JObject { ["date"] = CanadianFormat.IsoDate(day.Date) });
        button["style"] = "positive";
        card.AddAction(button);
        return card.ToJson();
    }

    private static string Figure(Bilingual count, decimal amount, string language) => $"{count.In(language)} · {CanadianFormat.Money(amount, language)}";

    private static string Time(DateTimeOffset local, string language) =>
        local.ToString(CanadianFormat.IsFrench(language) ? "H'\u00A0h\u00A0'mm" : "h:mm tt", CultureInfo.InvariantCulture);
}
