using Newtonsoft.Json.Linq;
using OpsBot.Dialogs.Cards;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Cards;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;
using static OpsBot.Dialogs.Cards.CardElements;

namespace OpsBot.Dialogs.Research;

/// <summary>What the person asking may do from a research card: buttons they could not use are not shown.</summary>
public sealed record ResearchRights(bool MayAllocate, bool MayDraftEmails);

/// <summary>An allocation of an applied payment, with the account it went to (null when the account is gone).</summary>
public sealed record AppliedLine(Allocation Allocation, CardAccount? Account);

/// <summary>
/// The research cards: the candidates for a payment, an applied payment's owner, and the next steps after "none of
/// these". Card numbers appear only masked to their last four digits (<see cref="CardMask"/>); the evidence comes
/// masked from the research skill and is masked again here, because a card is the last place a number could leak.
/// </summary>
public sealed class ResearchCards
{
    /// <summary>The research card: the payment, what was found about it, then each candidate best first.</summary>
    public JObject Proposal(Payment payment, Proposal proposal, bool hasMore, int top, ResearchRights rights, string language)
    {
        var card = Header(payment, language);
        foreach (var finding in proposal.Findings) card.Add(Text(Masked(finding.In(language)), subtle: true));
        if (payment.Status == PaymentStatus.PartiallyApplied)
            card.Add(Text(ResearchTexts.PartlyApplied(
                CanadianFormat.Money(payment.AllocatedAmount, language, payment.Currency),
                CanadianFormat.Money(payment.UnappliedAmount, language, payment.Currency)).In(language), color: "Accent"));

        if (!proposal.HasConfidentCandidate)
            card.Add(Text(ResearchTexts.NoConfidentMatch.In(language), weight: "Bolder", color: "Warning"));
        if (proposal.Candidates.Count == 0)
            card.Add(Text(ResearchTexts.NoCandidate.In(language), color: "Warning"));
        if (proposal.LikelyNotACustomer)
            card.Add(Text(ResearchTexts.LikelyNotACustomer(proposal.NoneOfThese).In(language), color: "Warning"));

        var rank = 0;
        foreach (var candidate in proposal.Candidates)
            card.Add(Candidate(payment, candidate, ++rank, rights, language));

        var paymentOnly = new JObject { ["paymentId"] = payment.Id };
        if (hasMore)
            card.AddAction(Submit(ResearchTexts.ShowMore.In(language), ResearchVerbs.More,
                new JObject { ["paymentId"] = payment.Id, ["top"] = top + ResearchVerbs.MoreStep }));
        card.AddAction(Submit(ResearchTexts.NoneOfThese.In(language), ResearchVerbs.None, paymentOnly));
        return card.ToJson();
    }

    /// <summary>An applied payment: to whom it went (masked card), and nothing to allocate.</summary>
    public JObject Applied(Payment payment, IReadOnlyList<AppliedLine> lines, string language)
    {
        var card = Header(payment, language);
        card.Add(Text(ResearchTexts.Applied(payment.BankReference).In(language), weight: "Bolder"));
        card.Add(Facts(lines.Select(line => (ResearchTexts.AppliedTo.In(language), AppliedTo(line, payment.Currency, language)))));
        return card.ToJson();
    }

    /// <summary>After "none of these": nothing was recorded; the next steps, with the email button when allowed.</summary>
    public JObject NoneOfThese(Payment payment, ResearchRights rights, string language)
    {
        var card = new AdaptiveCard()
            .Add(Text(ResearchTexts.NoneTitle(payment.BankReference).In(language), weight: "Bolder", size: "Medium"))
            .Add(Text(ResearchTexts.NoneRecorded(payment.BankReference).In(language)))
            .Add(Text(ResearchTexts.NextSteps.In(language), weight: "Bolder"));
        if (rights.MayDraftEmails) card.Add(Text("- " + ResearchTexts.AskForProof.In(language)));
        if (rights.MayAllocate) card.Add(Text("- " + ResearchTexts.ReturnIt(payment.BankReference).In(language)));
        if (rights.MayDraftEmails)
            card.AddAction(Submit(ResearchTexts.DraftUnidentified.In(language), PaymentVerbs.Email,
                new JObject { ["paymentId"] = payment.Id, ["template"] = ResearchVerbs.UnidentifiedTemplate }));
        return card.ToJson();
    }

    private static AdaptiveCard Header(Payment payment, string language)
    {
        var parts = new List<string>
        {
            CanadianFormat.Money(payment.Amount, language, payment.Currency),
            CanadianFormat.Date(payment.ReceivedOn, language),
            PaymentWords.Channel(payment.Channel).In(language),
        };
        if (!string.IsNullOrWhiteSpace(payment.PayerName)) parts.Add(Masked(payment.PayerName.Trim()));
        // The reference is stored masked; masked again in case an older store kept something else.
        if (!string.IsNullOrWhiteSpace(payment.Reference))
            parts.Add((CanadianFormat.IsFrench(language) ? "réf. " : "ref. ") + Masked(payment.Reference));
        return new AdaptiveCard()
            .Add(Text(ResearchTexts.Title(payment.BankReference).In(language), weight: "Bolder", size: "Medium"))
            .Add(Text(string.Join(" · ", parts), subtle: true));
    }

    private static JObject Candidate(Payment payment, Candidate candidate, int rank, ResearchRights rights, string language)
    {
        var who = candidate.CompanyName is { Length: > 0 } company ? $"{candidate.HolderName} ({company})" : candidate.HolderName;
        var items = new List<JObject>
        {
            Text($"**{rank}. {Masked(who)}**"),
            Facts(
            [
                (ResearchTexts.Account.In(language), candidate.AccountId),
                (ResearchTexts.Card.In(language), candidate.CardLastFour is { } last ? CardMask.MaskLastFour(last) : ResearchTexts.NoCard.In(language)),
                (ResearchTexts.Confidence.In(language), ResearchTexts.ConfidenceWords(candidate.Confidence).In(language)),
            ]),
        };
        // The approver's note stands out on its own line below, so it is not repeated among the evidence.
        items.AddRange(candidate.Evidence
            .Where(e => e.Kind != EvidenceKinds.NeedsApprover)
            .Select(e => Text("- " + Masked(e.In(language)), subtle: true)));
        if (candidate.NeedsApprover) items.Add(Text(ResearchTexts.NeedsApprover.In(language), color: "Attention"));

        var buttons = new List<JObject>();
        // Exactly what the allocation flow takes: the payment and the account, nothing else.
        if (rights.MayAllocate)
            buttons.Add(Submit(ResearchTexts.AllocateToThisOne.In(language), PaymentVerbs.Allocate,
                new JObject { ["paymentId"] = payment.Id, ["accountId"] = candidate.AccountId }));
        if (rights.MayDraftEmails)
            buttons.Add(Submit(ResearchTexts.Email.In(language), PaymentVerbs.Email,
                new JObject { ["paymentId"] = payment.Id, ["accountId"] = candidate.AccountId }));
        if (buttons.Count > 0) items.Add(Actions([.. buttons]));
        return Container(items, separator: true);
    }

    private static string AppliedTo(AppliedLine line, string currency, string language)
    {
        var a = line.Allocation;
        var parts = new List<string> { CanadianFormat.Money(a.Amount, language, currency) };
        if (line.Account is { } account)
        {
            parts.Add(Masked(account.HolderName));
            parts.Add(account.Id);
            if (ShownCard(account) is { } number) parts.Add(CardMask.MaskLastFour(number[^4..]));
        }
        else
        {
            parts.Add(a.AccountId);
            parts.Add(ResearchTexts.UnknownAccount.In(language));
        }
        if (a.State == AllocationState.PendingApproval) parts.Add(ResearchTexts.AwaitingApproval.In(language));
        return string.Join(" · ", parts);
    }

    // The card people know the account by: the active one, else the newest on file.
    private static string? ShownCard(CardAccount account) =>
        (account.Cards.FirstOrDefault(c => c.Status == CardStatus.Active) ?? account.Cards.LastOrDefault())?.Number is { Length: >= 4 } number
            ? number
            : null;

    private static string Masked(string text) => CardMask.MaskText(text) ?? "";
}
