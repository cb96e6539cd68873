using OpsBot.Skills.Access;
using OpsBot.Skills.Allocations;
using OpsBot.Skills.Storage;
using static OpsBot.Tests.Allocations.Books;

namespace OpsBot.Tests.Allocations;

/// <summary>Two analysts pressing at the same moment: one allocation, one clear refusal, never two credits.</summary>
public class RaceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("opsbot-race-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Two_analysts_on_two_connections_to_the_same_file_get_one_allocation_and_one_refusal()
    {
        for (var round = 0; round < 8; round++)
        {
            var path = Path.Combine(_folder, $"race-{round}.db");
            long paymentId;
            using (var setup = new Books(new OpsStore(path)))
            {
                setup.Account("A0000001");
                setup.Account("A0000002");
                paymentId = setup.Payment("BR-50", 500m).Id;
            }

            var results = Race(
                () => { using var books = new Books(new OpsStore(path)); return books.Service().AllocateInFull(Ana, NewActionId(), paymentId, "A0000001"); },
                () => { using var books = new Books(new OpsStore(path)); return books.Service().AllocateInFull(Bob, NewActionId(), paymentId, "A0000002"); });

            AssertOneWinner(results);
            using var check = new OpsStore(path);
            var allocation = Assert.Single(check.Allocations.Find(a => a.PaymentId == paymentId));
            Assert.Equal(500m, allocation.Amount);
            Assert.Equal(500m, check.Payments.FindById(paymentId).AllocatedAmount);
        }
    }

    [Fact]
    public void Two_analysts_on_one_connection_who_saw_the_same_picture_get_one_allocation_and_one_refusal()
    {
        for (var round = 0; round < 20; round++)
        {
            using var books = new Books();
            books.Account("A0000001");
            books.Account("A0000002");
            var payment = books.Payment("BR-51", 500m);
            var service = books.Service();
            var seen = service.View(Ana, payment.Id)!.Version;

            var results = Race(
                () => service.Split(Ana, NewActionId(), payment.Id, [new AllocationLine("A0000001", 300m)], seenVersion: seen),
                () => service.Split(Bob, NewActionId(), payment.Id, [new AllocationLine("A0000002", 300m)], seenVersion: seen));

            var loser = AssertOneWinner(results);
            Assert.Equal(AllocationCodes.PaymentChanged, loser.Code);
            Assert.Single(books.AllocationsOf(payment));
            Assert.Equal(300m, books.Reload(payment).AllocatedAmount);
        }
    }

    [Fact]
    public void Two_colleagues_pressing_the_same_card_at_once_apply_it_once_and_the_second_is_told_who_did()
    {
        for (var round = 0; round < 20; round++)
        {
            using var books = new Books();
            books.Account("A0000001");
            var payment = books.Payment("BR-52", 500m);
            var service = books.Service();
            var actionId = NewActionId();

            var results = Race(
                () => service.AllocateInFull(Ana, actionId, payment.Id, "A0000001"),
                () => service.AllocateInFull(Bob, actionId, payment.Id, "A0000001"));

            var outcomes = results.Select(r => Assert.IsType<AllocationOutcome>(r)).ToList();
            Assert.Single(outcomes, o => o.Repeated);
            var repeated = outcomes.Single(o => o.Repeated);
            Assert.StartsWith($"Already done by {repeated.MakerName};", repeated.MessageIn("en"));
            Assert.Single(books.AllocationsOf(payment));
        }
    }

    [Fact]
    public void One_file_store_serving_several_analysts_at_once_credits_every_payment_exactly_once()
    {
        using var books = new Books(new OpsStore(Path.Combine(_folder, "busy.db")));
        books.Account("A0000001");
        var ids = Enumerable.Range(0, 8).Select(i => books.Payment($"BR-6{i}", 10m + i).Id).ToList();
        var service = books.Service();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();

        Parallel.ForEach(ids.Concat(ids), new ParallelOptions { MaxDegreeOfParallelism = 4 }, id =>
        {
            try { service.AllocateInFull(Ana, $"press-{id}", id, "A0000001"); }
            catch (Exception e) { errors.Add(e); }
        });

        Assert.Empty(errors);
        Assert.All(ids, id => Assert.Single(books.Store.Allocations.Find(a => a.PaymentId == id)));
        Assert.All(ids, id => Assert.Equal(OpsBot.Skills.Payments.PaymentStatus.Applied, books.Store.Payments.FindById(id).Status));
    }

    /// <summary>Runs both at the same moment; each result is the outcome or the exception it threw.</summary>
    private static object[] Race(Func<AllocationOutcome> one, Func<AllocationOutcome> two)
    {
        using var start = new Barrier(2);
        object Run(Func<AllocationOutcome> act)
        {
            start.SignalAndWait();
            try { return act(); }
            catch (AllocationException e) { return e; }
        }
        var a = Task.Factory.StartNew(() => Run(one), TaskCreationOptions.LongRunning);
        var b = Task.Factory.StartNew(() => Run(two), TaskCreationOptions.LongRunning);
        return [a.GetAwaiter().GetResult(), b.GetAwaiter().GetResult()];
    }

    private static AllocationException AssertOneWinner(object[] results)
    {
        var winner = Assert.Single(results.OfType<AllocationOutcome>());
        var loser = Assert.Single(results.OfType<AllocationException>());
        Assert.Equal(AllocationCodes.Applied, winner.Code);
        Assert.Contains(loser.Code, new[] { AllocationCodes.NothingLeftToAllocate, AllocationCodes.PaymentChanged });
        // The loser's message names the colleague who got there first.
        Assert.Contains(winner.MakerName, loser.MessageIn("en"));
        Assert.Contains(winner.MakerName, loser.MessageIn("fr"));
        return loser;
    }
}
