using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace OpsBot.Skills.Emails.Model;

/// <summary>
/// Asks the kernel's chat model to rewrite one language's draft, then lets <see cref="RewriteGuard"/> decide.
/// Any failure (no model, model unreachable, a card number about to be sent, facts changed) keeps the template.
/// </summary>
public sealed class DraftRewriter(Kernel kernel)
{
    public bool Available => EmailKernel.HasChatModel(kernel);

    public async Task<GuardVerdict> RewriteAsync(
        EmailText part, string instruction, string? payerName, string? memo, CancellationToken cancellationToken = default)
    {
        if (!Available)
            return GuardVerdict.Reject("no language model is configured (Email:Model)", "aucun modèle de langage n’est configuré (Email:Model)");
        if (string.IsNullOrWhiteSpace(instruction))
            return GuardVerdict.Reject("say how the email should be rewritten", "précisez comment reformuler le courriel");
        if (ModelBoundary.HoldsCardNumber(instruction))
            return GuardVerdict.Reject(
                "your request holds what looks like a full card number, so nothing was sent to the model; never paste a card number in chat",
                "votre demande contient ce qui ressemble à un numéro de carte complet : rien n’a été envoyé au modèle ; ne collez jamais de numéro de carte dans la conversation");

        var prompt = RewritePrompt.For(part, instruction, payerName, memo);
        // Asserted here and again on the wire (CardNumberTripwire): no card number goes to a model.
        if (ModelBoundary.HoldsCardNumber(prompt.AllText))
            return GuardVerdict.Reject(
                "the request to the model held a card-length number and was not sent",
                "la requête au modèle contenait un nombre de la longueur d’un numéro de carte et n’a pas été envoyée");

        string answer;
        try
        {
            var chat = kernel.Services.GetRequiredService<IChatCompletionService>();
            var reply = await chat.GetChatMessageContentAsync(prompt.Chat, executionSettings: null, kernel, cancellationToken);
            answer = reply.Content ?? "";
        }
        catch (Exception e) when (Refused(e))
        {
            return GuardVerdict.Reject(
                "the request to the model held a card-length number and was not sent",
                "la requête au modèle contenait un nombre de la longueur d’un numéro de carte et n’a pas été envoyée");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return GuardVerdict.Reject(
                $"the language model could not be reached ({e.GetType().Name})",
                $"le modèle de langage n’a pas pu être joint ({e.GetType().Name})");
        }
        return RewriteGuard.Check(part, prompt.Restore(answer));
    }

    private static bool Refused(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is CardNumberRefusedException) return true;
        return false;
    }
}
