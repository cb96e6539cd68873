using OpsBot.Bot.CommandLine;

return await Cli.RunAsync(args);
