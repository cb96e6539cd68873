using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OpsBot.Dialogs.Layer;

/// <summary>
/// Everything the bot remembers about one conversation between turns: the dialog stack and a few facts. Saved as
/// JSON in the bot's storage, with an ETag, after every turn (see <see cref="DialogHost"/>). Never holds a card number.
/// </summary>
public sealed class ConversationData
{
    public List<DialogInstance> Stack { get; set; } = [];
    /// <summary>The language of the last reply, used when a message does not show its own ("250", "BR123…").</summary>
    public string? Language { get; set; }
    /// <summary>The PCI DSS 4.2.2 warning about pasted card numbers is given once per conversation.</summary>
    public bool CardNumberWarningGiven { get; set; }
    /// <summary>Features' own facts about the conversation (the lookup's last query, …), by key.</summary>
    public JObject Values { get; set; } = new();
}

/// <summary>One dialog on the stack and its own state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";
    public JObject State { get; set; } = new();
}

/// <summary>What the host saves: the conversation's data and the ETag it was read with.</summary>
public sealed class ConversationRecord : Microsoft.Bot.Builder.IStoreItem
{
    public ConversationData Data { get; set; } = new();

    [JsonProperty("eTag")]
    public string? ETag { get; set; }
}
