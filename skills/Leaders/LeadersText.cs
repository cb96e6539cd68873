using System.Text;
using OpsBot.Skills.Formatting;
using OpsBot.Skills.Status;
using static OpsBot.Skills.Formatting.CanadianFormat;

namespace OpsBot.Skills.Leaders;

/// <summary>What the leaders read, in English or French: alerts, escalations and the digest as text.</summary>
public static class LeadersText
{
    /// <summary>The notice as text (the digest's card is built by the dialogs' DigestCard; this is its text form).</summary>
    public static string Render(LeadersNotice notice, string language) => notice switch
    {
        DigestNotice d => Digest(d.Digest, language),
        SlaAlert s => Sla(s, language),
        ThresholdAlert t => Threshold(t, language),
        ControlsAlert c => Controls(c, language),
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.GetType().Name, "No text for this notice."),
    };

    public static string Sla(SlaAlert alert, string language)
    {
        var fr = IsFrench(language);
        var text = new StringBuilder(fr
            ? $"Alerte de délai{Nbsp}: {StatusFormat.CountAndAmount(alert.Total, language)} à affecter aujourd'hui au plus tard, toujours non affectés{Nbsp}:"
            : $"SLA warning: {StatusFormat.CountAndAmount(alert.Total, language)} must be applied today and still are not:");
        foreach (var item in alert.Items)
            text.Append('\n').Append("• ").Append(StatusText.OldestLine(item, alert.Day, language));
        return text.ToString();
    }

    public static string Threshold(ThresholdAlert alert, string language) => (alert.Threshold, IsFrench(language)) switch
    {
        (Leaders.Threshold.UnappliedCount, false) =>
            $"Queue alert: {alert.Unapplied.Count} payments are unapplied, at or above the alert threshold of {alert.Limit:0}.",
        (Leaders.Threshold.UnappliedCount, true) =>
            $"Alerte de file{Nbsp}: {alert.Unapplied.Count} paiements sont non affectés, soit le seuil d'alerte de {alert.Limit:0} ou plus.",
        (_, false) =>
            $"Queue alert: {Money(alert.Unapplied.Amount, language)} is unapplied, at or above the alert threshold of {Money(alert.Limit, language)}.",
        (_, true) =>
            $"Alerte de file{Nbsp}: {Money(alert.Unapplied.Amount, language)} non affectés, soit le seuil d'alerte de {Money(alert.Limit, language)} ou plus.",
    };

    public static string Controls(ControlsAlert alert, string language)
    {
        var fr = IsFrench(language);
        var text = new StringBuilder(fr
            ? $"Contrôles quotidiens non cochés à l'heure limite{Nbsp}:"
            : "Daily controls not ticked by their cut-off:");
        foreach (var control in alert.Overdue)
            text.Append('\n').Append("• ").Append(control.Control.Label(language))
                .Append(fr ? " (heure limite " : " (due by ")
                .Append(StatusFormat.Time(control.Control.CutOff, language)).Append(')');
        return text.ToString();
    }

    public static string Digest(Digest digest, string language)
    {
        var fr = IsFrench(language);
        var text = new StringBuilder();
        text.Append(fr ? $"Sommaire quotidien — {Date(digest.Day, language)}" : $"Daily digest — {Date(digest.Day, language)}").Append('\n');
        text.Append(PreviousDay(digest.PreviousDay, language)).Append("\n\n");
        text.Append(StatusText.Render(digest.Status, language));
        return text.ToString();
    }

    /// <summary>"October 9, 2026: received 6 payments, $1,065.25 = straight through … + allocated … + unapplied … + returned …: balanced."</summary>
    public static string PreviousDay(DayFlow day, string language)
    {
        var fr = IsFrench(language);
        string Part(string en, string frLabel, CountAmount total) => $"{(fr ? frLabel : en)} {Money(total.Amount, language)} ({total.Count})";
        var sum = string.Join(" + ",
            Part("straight through", "directs", day.StraightThrough),
            Part("allocated", "affectés", day.Allocated),
            Part("unapplied", "non affectés", day.Remaining),
            Part("returned", "retournés", day.Returned));
        var verdict = day.Balanced
            ? fr ? "équilibré" : "balanced"
            : fr ? "NON ÉQUILIBRÉ" : "NOT BALANCED";
        return fr
            ? $"Rapprochement du {CanadianFormat.Date(day.Date, language)}{Nbsp}: reçus {Money(day.Received.Amount, language)} ({day.Received.Count}) = {sum}{Nbsp}: {verdict}."
            : $"Reconciliation for {CanadianFormat.Date(day.Date, language)}: received {Money(day.Received.Amount, language)} ({day.Received.Count}) = {sum}: {verdict}.";
    }

    /// <summary>The day's checklist for the leaders: each control, done by whom and when, or due by its cut-off.</summary>
    public static string ControlsStatus(IReadOnlyList<ControlStatus> controls, string language, TimeZoneInfo zone)
    {
        var fr = IsFrench(language);
        var text = new StringBuilder(controls.Count == 0
            ? fr ? "Contrôles quotidiens" : "Daily controls"
            : fr ? $"Contrôles quotidiens — {Date(controls[0].Day, language)}" : $"Daily controls — {Date(controls[0].Day, language)}");
        foreach (var c in controls)
        {
            text.Append('\n').Append(c.Done ? "✓ " : "☐ ").Append(c.Control.Label(language)).Append(" — ");
            if (c.Tick is { } tick)
                text.Append(fr ? "fait par " : "done by ").Append(tick.ByName ?? tick.By)
                    .Append(fr ? " à " : " at ").Append(StatusFormat.Time(TimeZoneInfo.ConvertTime(tick.At, zone), language));
            else
                text.Append(fr ? "heure limite " : "due by ").Append(StatusFormat.Time(c.Control.CutOff, language))
                    .Append(c.Overdue ? fr ? " (en retard)" : " (overdue)" : "");
        }
        return text.ToString();
    }

    /// <summary>The post for the leaders' channel: who, when, what, and the linked payments.</summary>
    public static string Escalation(Escalation escalation, string language, TimeZoneInfo zone)
    {
        var fr = IsFrench(language);
        var local = TimeZoneInfo.ConvertTime(escalation.At, zone);
        var when = fr
            ? $"{DateInSentence(DateOnly.FromDateTime(local.DateTime), language)} à {StatusFormat.Time(local, language)}"
            : $"{StatusFormat.Time(local, language)}, {Date(DateOnly.FromDateTime(local.DateTime), language)}";
        var who = escalation.ByName ?? escalation.By;
        var text = new StringBuilder(fr
            ? $"Signalement de {who}, {when}{Nbsp}:\n«{Nbsp}{escalation.Text}{Nbsp}»"
            : $"Escalation from {who} at {when}:\n\u201C{escalation.Text}\u201D");
        if (escalation.Payments.Count > 0)
        {
            text.Append('\n').Append(fr ? $"Paiements liés{Nbsp}:" : "Linked payments:");
            foreach (var p in escalation.Payments)
                text.Append('\n').Append("• ").Append(p.BankReference).Append(" · ").Append(Money(p.Amount, language, p.Currency))
                    .Append(fr ? " reçu " : " received ").Append(DateInSentence(p.ReceivedOn, language))
                    .Append(" · ").Append(fr ? "reste " : "unapplied ").Append(Money(p.UnappliedAmount, language, p.Currency));
        }
        return text.ToString();
    }

    /// <summary>What the analyst is told once the escalation is recorded.</summary>
    public static string EscalationConfirmation(Escalation escalation, string language)
    {
        var fr = IsFrench(language);
        var linked = escalation.Payments.Count switch
        {
            0 => fr ? "aucun paiement lié" : "no payment linked",
            1 => fr ? "1 paiement lié" : "1 payment linked",
            var n => fr ? $"{n} paiements liés" : $"{n} payments linked",
        };
        var text = fr ? $"Signalement transmis aux responsables ({linked})." : $"Escalated to the leaders ({linked}).";
        if (escalation.HadCardNumber)
            text += fr
                ? " Votre message contenait un numéro de carte complet; il a été masqué. Ne transmettez jamais un numéro de carte par clavardage (PCI DSS 4.2.2)."
                : " Your message held a full card number; it was masked. Never send a card number in chat (PCI DSS 4.2.2).";
        return text;
    }
}
