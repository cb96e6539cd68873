using Microsoft.Extensions.Time.Testing;
using OpsBot.Dialogs.Allocations;
using OpsBot.Dialogs.Understanding;
using OpsBot.Skills.Time;
using OpsBot.Tests.Support;

namespace OpsBot.Tests.Allocations;

/// <summary>
/// The allocation feature's intent patterns are tried before the built-in ones, so they must not take what belongs to
/// others ("annuler" is cancel, "returned payments" is a lookup), and the typed requests must read exactly.
/// </summary>
public class IntentFlowTests
{
    private readonly OpsRecognizer _recognizer = new(
        new OpsClock(new FakeTimeProvider(BotHarness.Now), OpsClock.FindZone("America/Toronto")), AllocationIntents.Patterns);

    [Theory]
    [InlineData("reverse allocation 12 because the account is wrong", AllocationIntents.Reverse)]
    [InlineData("annuler l'affectation 12 : mauvais compte", AllocationIntents.Reverse)]
    [InlineData("contrepasser l'imputation n° 12", AllocationIntents.Reverse)]
    [InlineData("reverse #12", AllocationIntents.Reverse)]
    [InlineData("annuler", Intents.Cancel)]
    [InlineData("annule", Intents.Cancel)]
    [InlineData("cancel", Intents.Cancel)]
    [InlineData("return BR2611300000017 to sender: not our customer", AllocationIntents.Return)]
    [InlineData("retourner BR2611300000017 à l'expéditeur : pas notre client", AllocationIntents.Return)]
    [InlineData("returned payments yesterday", Intents.Lookup)]
    [InlineData("paiements retournés", Intents.Lookup)]
    [InlineData("my requests", AllocationIntents.MyRequests)]
    [InlineData("mes demandes", AllocationIntents.MyRequests)]
    [InlineData("allocate BR2611300000017 100 to A0000001 and 50.25 to A0000002", Intents.Allocate)]
    [InlineData("répartir BR2611300000017 100 $ au compte A0000001 et 50,25 $ au compte A0000002", Intents.Allocate)]
    [InlineData("approvals", Intents.Approvals)]
    [InlineData("rapprochement du 30 novembre", Intents.Reconcile)]
    public void Each_request_reaches_its_intent(string text, string intent) =>
        Assert.Equal(intent, _recognizer.Recognize(text, "en").Intent);

    [Theory]
    [InlineData("allocate BR2611300000017 to A0001234", "A0001234:")]
    [InlineData("allocate BR2611300000017 100 to A0000001 and 50.25 to A0000002", "A0000001:100|A0000002:50.25")]
    [InlineData("répartir BR2611300000017 100 $ au compte A0000001 et 50,25 $ au compte A0000002", "A0000001:100|A0000002:50.25")]
    [InlineData("split BR2611300000017 $1,234.56 to A0000001 and 1 000,10 $ au compte A0000002", "A0000001:1234.56|A0000002:1000.10")]
    [InlineData("allocate BR2611300000017 to A0001234: customer paid 3 cards on 2026-11-29", "A0001234:")]
    public void Typed_lines_read_exactly_what_was_typed(string text, string expected)
    {
        var lines = TypedRequest.Lines(text, out var unclear);
        Assert.Null(unclear);
        Assert.Equal(expected, string.Join("|", lines.Select(l => $"{l.AccountId}:{l.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    [Theory]
    [InlineData("allocate BR2611300000017 100.123 to A0000001", "100.123")]
    [InlineData("allocate BR2611300000017 A0000001 250", "250")]
    public void What_cannot_be_read_exactly_is_said_not_guessed(string text, string unclearPart)
    {
        TypedRequest.Lines(text, out var unclear);
        Assert.Equal(unclearPart, unclear);
    }

    [Theory]
    [InlineData("return BR2611300000017 to sender: not our customer", "en", "not our customer")]
    [InlineData("reverse allocation 12 because the account is wrong", "en", "the account is wrong")]
    [InlineData("annuler l'affectation 12 car mauvais compte", "fr", "mauvais compte")]
    [InlineData("retourner BR2611300000017 à l'expéditeur", "fr", null)]
    public void The_reason_is_what_follows_a_colon_or_because(string text, string language, string? reason) =>
        Assert.Equal(reason, TypedRequest.Reason(text, language));
}
