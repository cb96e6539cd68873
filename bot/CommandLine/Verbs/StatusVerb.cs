using OpsBot.Skills.Status;
using OpsBot.Skills.Time;

namespace OpsBot.Bot.CommandLine.Verbs;

/// <summary>`status [--json] [--lang en|fr]`: where the queue stands now, against the SLA.</summary>
internal sealed class StatusVerb : IVerb
{
    public string Name => "status";
    public string Usage => "status [--json] [--lang en|fr]";
    public string Summary => "Queue status: unapplied, ageing in business days, SLA breaches, today's flow.";

    public Task<int> RunAsync(CliArgs args, CliOutput output)
    {
        var language = args.Option("lang") ?? "en";
        if (language is not ("en" or "fr"))
            throw new CliException($"--lang takes en or fr, not '{language}'.", 2);

        var configuration = StoreOptions.Configuration(args);
        StatusSettings settings;
        OpsClock clock;
        try
        {
            settings = StatusSettings.From(configuration);
            clock = StoreOptions.Clock(configuration);
        }
        catch (Exception e) when (e is FormatException or TimeZoneNotFoundException)
        {
            throw new CliException(e.Message, 2);
        }

        using var store = StoreOptions.Open(args);
        var status = new QueueStatusService(store, clock, settings).Now();
        if (args.Flag("json"))
            output.WriteJson(StatusJson.From(status));
        else
            output.Out.Write(StatusText.Render(status, language));
        return Task.FromResult(0);
    }
}
