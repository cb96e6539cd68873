using System.Globalization;

namespace OpsBot.Skills.Emails;

/// <summary>
/// The settings of customer emails (section <c>Email</c>). Read through a key lookup so that the skills need no
/// configuration package: <c>EmailSettings.Read(key =&gt; configuration[key])</c>.
/// </summary>
public sealed record EmailSettings
{
    /// <summary><c>Email:From</c>: the address drafts are written from (the team's mailbox).</summary>
    public string? From { get; init; }
    /// <summary><c>Email:PayeeName</c>: the payee customers pick in online banking.</summary>
    public string PayeeName { get; init; } = "American Express";
    /// <summary><c>Email:Signature:en</c>: the English signature (lines separated by "\n").</summary>
    public string SignatureEnglish { get; init; } = "Payments Operations\nCard Services";
    /// <summary><c>Email:Signature:fr</c>: the French signature.</summary>
    public string SignatureFrench { get; init; } = "Opérations de paiement\nServices de cartes";
    /// <summary><c>Email:Model:*</c>: the chat model that may rewrite drafts; null when none is configured.</summary>
    public EmailModelSettings? Model { get; init; }

    public static EmailSettings Read(Func<string, string?> setting)
    {
        var defaults = new EmailSettings();
        return new EmailSettings
        {
            From = Blank(setting("Email:From")),
            PayeeName = Blank(setting("Email:PayeeName")) ?? defaults.PayeeName,
            SignatureEnglish = Lines(setting("Email:Signature:en")) ?? defaults.SignatureEnglish,
            SignatureFrench = Lines(setting("Email:Signature:fr")) ?? defaults.SignatureFrench,
            Model = EmailModelSettings.Read(setting),
        };
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Settings files hold one line; "\n" written in them separates the signature's lines.
    private static string? Lines(string? text) => Blank(text)?.Replace("\\n", "\n", StringComparison.Ordinal);
}

public enum ModelProvider { OpenAI, AzureOpenAI, OpenAICompatible }

/// <summary>
/// <c>Email:Model:Provider</c> (openai | azure-openai | openai-compatible), <c>Email:Model:Endpoint</c>,
/// <c>Email:Model:ApiKey</c>, <c>Email:Model:ModelId</c>, <c>Email:Model:Deployment</c> (Azure),
/// <c>Email:Model:TimeoutSeconds</c> (default 60).
/// </summary>
public sealed record EmailModelSettings
{
    public required ModelProvider Provider { get; init; }
    public Uri? Endpoint { get; init; }
    public string? ApiKey { get; init; }
    public required string ModelId { get; init; }
    /// <summary>Azure OpenAI's deployment name; the model id when not given.</summary>
    public string? Deployment { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The model settings, or null when <c>Email:Model:Provider</c> is not set (templates only).</summary>
    public static EmailModelSettings? Read(Func<string, string?> setting)
    {
        var providerText = EmailSettings.Blank(setting("Email:Model:Provider"));
        if (providerText is null) return null;
        var provider = providerText.ToLowerInvariant() switch
        {
            "openai" => ModelProvider.OpenAI,
            "azure-openai" or "azure" => ModelProvider.AzureOpenAI,
            "openai-compatible" or "compatible" or "ollama" => ModelProvider.OpenAICompatible,
            _ => throw new EmailDraftException(
                $"Email:Model:Provider is '{providerText}'; use openai, azure-openai or openai-compatible."),
        };
        var endpointText = EmailSettings.Blank(setting("Email:Model:Endpoint"));
        Uri? endpoint = null;
        if (endpointText is not null && !Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint))
            throw new EmailDraftException($"Email:Model:Endpoint '{endpointText}' is not an absolute URL.");
        if (endpoint is null && provider != ModelProvider.OpenAI)
            throw new EmailDraftException($"Email:Model:Endpoint is required for the {providerText} provider.");
        var deployment = EmailSettings.Blank(setting("Email:Model:Deployment"));
        var modelId = EmailSettings.Blank(setting("Email:Model:ModelId")) ?? deployment
            ?? throw new EmailDraftException("Email:Model:ModelId (or Email:Model:Deployment for Azure) is required.");
        var apiKey = EmailSettings.Blank(setting("Email:Model:ApiKey"));
        if (apiKey is null && provider != ModelProvider.OpenAICompatible)
            throw new EmailDraftException($"Email:Model:ApiKey is required for the {providerText} provider.");
        var timeout = TimeSpan.FromSeconds(60);
        if (EmailSettings.Blank(setting("Email:Model:TimeoutSeconds")) is { } seconds)
            timeout = int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                ? TimeSpan.FromSeconds(s)
                : throw new EmailDraftException($"Email:Model:TimeoutSeconds takes a positive whole number, not '{seconds}'.");
        return new EmailModelSettings
        {
            Provider = provider, Endpoint = endpoint, ApiKey = apiKey, ModelId = modelId,
            Deployment = deployment, Timeout = timeout,
        };
    }
}
