using static OpsBot.Dialogs.Conversation.Actors;
using Microsoft.Bot.Schema;
using OpsBot.Dialogs.Layer;
using OpsBot.Dialogs.Lookup;
using OpsBot.Skills.Access;
using OpsBot.Skills.Accounts;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Lookup;
using OpsBot.Skills.Payments;
using OpsBot.Skills.Research;

namespace OpsBot.Dialogs.Research;

/// <summary>
/// Between the research dialogs and the skill: checks that the person may read, finds the payment, asks research for
/// its candidates (through the host's one <see cref="ResearchIndexCache"/>, built on first use) and shows the card.
/// Research only proposes: nothing here changes money or the store.
/// </summary>
public sealed class ResearchPresenter(PaymentLookup lookup, AccountDirectory accounts, ResearchIndexCache research, AccessPolicy access, ResearchCards cards)
{
    /// <summary>What the person may do, when they may read at all; otherwise says why and returns null.</summary>
    public async Task<ResearchRights?> RightsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var actor = ActorOf(dc.Context.Activity);
        if (actor is not null && access.CanRead(actor))
            return new ResearchRights(access.CanAllocate(actor), access.CanDraftEmails(actor));
        await SayAsync(dc, actor is null ? ResearchTexts.NoIdentity : ResearchTexts.NoRole(actor.Id), cancellationToken);
        return null;
    }

    public Payment? ByBankReference(string reference) => lookup.ByBankReference(reference);

    /// <summary>The research card for a payment, with its <paramref name="top"/> best candidates.</summary>
    public async Task ShowAsync(DialogContext dc, long paymentId, int top, ResearchRights rights, CancellationToken cancellationToken)
    {
        if (lookup.Detail(paymentId) is not { } detail)
        {
            await SayAsync(dc, ResearchTexts.PaymentGone, cancellationToken);
            return;
        }
        var payment = detail.Payment;
        var language = dc.Language;
        switch (payment.Status)
        {
            case PaymentStatus.Returned:
                await SayAsync(dc, ResearchTexts.Returned(payment.BankReference), cancellationToken);
                return;

            case PaymentStatus.Applied:
                var lines = detail.Allocations
                    .Where(a => a.State is AllocationState.Applied or AllocationState.PendingApproval)
                    .Select(a => new AppliedLine(a, accounts.FindById(a.AccountId)))
                    .ToList();
                await SendCardAsync(dc, cards.Applied(payment, lines, language), ResearchTexts.Applied(payment.BankReference), cancellationToken);
                return;
        }

        top = Math.Clamp(top, 1, ResearchVerbs.MostShown);
        // One more than shown, to know whether "Show more" would show anything.
        var proposal = research.Current().Propose(payment, Math.Min(top + 1, ResearchVerbs.MostShown + 1));
        var hasMore = proposal.Candidates.Count > top && top < ResearchVerbs.MostShown;
        var shown = proposal with { Candidates = proposal.Candidates.Take(top).ToList() };
        await SendCardAsync(dc, cards.Proposal(payment, shown, hasMore, top, rights, language),
            ResearchTexts.Summary(payment.BankReference, shown.Candidates.Count), cancellationToken);
    }

    /// <summary>"None of these": records nothing (no money moves, no note is kept) and shows the next steps.</summary>
    public async Task NoneOfTheseAsync(DialogContext dc, long paymentId, ResearchRights rights, CancellationToken cancellationToken)
    {
        if (lookup.Detail(paymentId)?.Payment is not { } payment)
        {
            await SayAsync(dc, ResearchTexts.PaymentGone, cancellationToken);
            return;
        }
        if (payment.Status is PaymentStatus.Applied or PaymentStatus.Returned)
        {
            await ShowAsync(dc, paymentId, ResearchVerbs.FirstShown, rights, cancellationToken);
            return;
        }
        await SendCardAsync(dc, cards.NoneOfThese(payment, rights, dc.Language), ResearchTexts.NoneTitle(payment.BankReference), cancellationToken);
    }

    /// <summary>A reply: a message, or for an Action.Execute press the short text Teams shows in place of a card.</summary>
    public static Task SayAsync(DialogContext dc, Bilingual text, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Invoke) return dc.SendAsync(text, cancellationToken);
        dc.InvokeMessage = dc.Say(text);
        return Task.CompletedTask;
    }

    private static Task SendCardAsync(DialogContext dc, Newtonsoft.Json.Linq.JObject card, Bilingual summary, CancellationToken cancellationToken)
    {
        // A press of another card's button leaves that card as it was; the research card comes as a new message.
        if (dc.Context.Activity.Type == ActivityTypes.Invoke) dc.InvokeMessage = dc.Say(summary);
        return dc.SendAsync(new AdaptiveCardActivity(card, dc.Say(summary)).Activity, cancellationToken);
    }
}
