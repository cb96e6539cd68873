using System.Globalization;
using Humanizer;
using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Conversation;
using OpsBot.Dialogs.Layer;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Time;
using static OpsBot.Dialogs.Cards.CardElements;

namespace OpsBot.Dialogs.Lookup;

/// <summary>
/// The lookup's cards: a page of results and the detail of one payment. Only masked references reach them: the
/// payment's Reference is stored masked, and nothing else about a card is shown.
/// </summary>
public sealed class LookupCards(OpsClock clock)
{
    public JObject Results(PaymentQuery query, PaymentPage page, string language)
    {
        var fr = CanadianFormat.IsFrench(language);
        var first = page.Skip + 1;
        var last = page.Skip + page.Items.Count;
        var header = fr
            ? $"{page.Total} paiements trouvés — {first} à {last}"
            : $"{page.Total} payments found — {first} to {last}";
        var card = new AdaptiveCard()
            .Add(Text(header, weight: "Bolder", size: "Medium"))
            .Add(Text(Describe(query, language), subtle: true));
        foreach (var p in page.Items)
        {
            var who = p.PayerName ?? (fr ? "payeur inconnu" : "unknown payer");
            card.Add(Container(
            [
                Columns(
                    Column("stretch",
                        Text($"**{p.BankReference}**"),
                        Text($"{CanadianFormat.IsoDate(p.ReceivedOn)} · {who} · {PaymentWords.Channel(p.Channel).In(language)}", subtle: true)),
                    Column("auto",
                        Text(CanadianFormat.Money(p.Amount, language, p.Currency), weight: "Bolder"),
                        Text(PaymentWords.Status(p.Status).In(language), subtle: true))),
                Actions(Submit((fr ? "Détails · " : "Details · ") + p.BankReference, PaymentVerbs.Detail, new JObject { ["paymentId"] = p.Id })),
            ], separator: true));
        }
        if (page.HasMore)
        {
            card.AddAction(Submit(fr ? "Plus de résultats" : "More results", PaymentVerbs.More,
                new JObject { ["query"] = JObject.FromObject(query), ["skip"] = last }));
        }
        return card.ToJson();
    }

    public JObject Detail(PaymentDetail detail, string language)
    {
        var fr = CanadianFormat.IsFrench(language);
        var p = detail.Payment;
        var none = fr ? "aucune" : "none";
        var facts = new List<(string, string)>
        {
            (fr ? "Montant" : "Amount", CanadianFormat.Money(p.Amount, language, p.Currency)),
            (fr ? "Reçu le" : "Received", CanadianFormat.Date(p.ReceivedOn, language)),
            (fr ? "Canal" : "Channel", PaymentWords.Channel(p.Channel).In(language)),
            (fr ? "Payeur" : "Payer", p.PayerName ?? (fr ? "inconnu" : "unknown")),
            (fr ? "Référence" : "Reference", p.Reference ?? none),
            (fr ? "Statut" : "Status", PaymentWords.Status(p.Status).In(language)),
        };
        if (p.Reason is { } reason) facts.Add((fr ? "Motif" : "Reason", PaymentWords.Reason(reason).In(language)));
        if (p.AllocatedAmount > 0)
        {
            facts.Add((fr ? "Appliqué" : "Applied", CanadianFormat.Money(p.AllocatedAmount, language, p.Currency)));
            facts.Add((fr ? "Non appliqué" : "Unapplied", CanadianFormat.Money(p.UnappliedAmount, language, p.Currency)));
        }
        if (p.Memo is { Length: > 0 } memo) facts.Add((fr ? "Note" : "Memo", memo));
        facts.Add((fr ? "Fichier" : "File", p.SourceFile));

        var card = new AdaptiveCard()
            .Add(Text((fr ? "Paiement " : "Payment ") + p.BankReference, weight: "Bolder", size: "Medium"))
            .Add(Columns(
                Column("auto", Text(CanadianFormat.Money(p.Amount, language, p.Currency), weight: "Bolder", size: "ExtraLarge")),
                Column("stretch", Text(Age(p.ReceivedOn, language), subtle: true))))
            .Add(Facts(facts));

        card.Add(Text(fr ? "Affectations" : "Allocations", weight: "Bolder"));
        if (detail.Allocations.Count == 0)
            card.Add(Text(fr ? "Aucune affectation." : "No allocations.", subtle: true));
        else
            card.Add(Facts(detail.Allocations.Select(a => (
                a.AccountId,
                $"{CanadianFormat.Money(a.Amount, language, p.Currency)} · {PaymentWords.AllocationState(a.State).In(language)} · {a.By} · {CanadianFormat.IsoDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.At, clock.Zone).DateTime))}"))));

        var data = new JObject { ["paymentId"] = p.Id, ["bankReference"] = p.BankReference };
        if (p.Status is not (PaymentStatus.Applied or PaymentStatus.Returned))
        {
            card.AddAction(Submit(fr ? "Rechercher le titulaire" : "Research", PaymentVerbs.Research, data));
            card.AddAction(Submit(fr ? "Affecter" : "Allocate", PaymentVerbs.Allocate, data));
        }
        card.AddAction(Submit(fr ? "Courriel" : "Email", PaymentVerbs.Email, data));
        return card.ToJson();
    }

    /// <summary>"received 3 days ago" / "reçu il y a 3 jours", on Canada's calendar.</summary>
    public string Age(DateOnly receivedOn, string language)
    {
        var fr = CanadianFormat.IsFrench(language);
        var today = clock.Today;
        if (receivedOn == today) return fr ? "reçu aujourd'hui" : "received today";
        var culture = CanadianFormat.Culture(language);
        return (fr ? "reçu " : "received ") + receivedOn.Humanize(today, culture);
    }

    /// <summary>What was asked, in a few words: "payer “Tremblay” · received November 29, 2026".</summary>
    public static string Describe(PaymentQuery q, string language)
    {
        var fr = CanadianFormat.IsFrench(language);
        var parts = new List<string>();
        if (q.BankReference is { } r) parts.Add((fr ? "référence " : "reference ") + r);
        if (q.PayerName is { } name) parts.Add(fr ? "payeur " + Texts.QuoteFr(name) : "payer " + Texts.QuoteEn(name));
        if (q.AmountMin is { } min && q.AmountMax is { } max)
            parts.Add(min == max
                ? (fr ? "montant " : "amount ") + CanadianFormat.Money(min, language)
                : fr ? $"entre {CanadianFormat.Money(min, language)} et {CanadianFormat.Money(max, language)}"
                     : $"between {CanadianFormat.Money(min, language)} and {CanadianFormat.Money(max, language)}");
        else if (q.AmountMin is { } over)
            parts.Add((fr ? "au moins " : "at least ") + CanadianFormat.Money(over, language));
        else if (q.AmountMax is { } under)
            parts.Add((fr ? "au plus " : "at most ") + CanadianFormat.Money(under, language));
        if (q.ReceivedFrom is { } from && q.ReceivedTo is { } to)
            parts.Add(from == to
                ? (fr ? "reçus " : "received ") + CanadianFormat.DateInSentence(from, language)
                : fr ? $"reçus du {CanadianFormat.Date(from, language)} au {CanadianFormat.Date(to, language)}"
                     : $"received {CanadianFormat.Date(from, language)} to {CanadianFormat.Date(to, language)}");
        else if (q.ReceivedFrom is { } since)
            parts.Add((fr ? "reçus depuis " : "received since ") + CanadianFormat.Date(since, language));
        else if (q.ReceivedTo is { } until)
            parts.Add((fr ? "reçus jusqu'au " : "received until ") + CanadianFormat.Date(until, language));
        if (q.Status != PaymentStatusFilter.Any) parts.Add(StatusWords(q.Status).In(language));
        if (q.CardEnding is { } ending) parts.Add((fr ? "carte se terminant par " : "card ending ") + ending);
        if (q.PaymentIds is not null) parts.Add(fr ? "numéro de carte donné" : "the card number given");
        return string.Join(" · ", parts);
    }

    private static Bilingual StatusWords(PaymentStatusFilter filter) => filter switch
    {
        PaymentStatusFilter.Open => new("unapplied", "non appliqués"),
        PaymentStatusFilter.Unapplied => new("unapplied", "non appliqués"),
        PaymentStatusFilter.PartiallyApplied => new("partially applied", "partiellement appliqués"),
        PaymentStatusFilter.Applied => new("applied", "appliqués"),
        PaymentStatusFilter.Returned => new("returned", "retournés"),
        _ => new("", ""),
    };
}
