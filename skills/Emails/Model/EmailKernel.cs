using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace OpsBot.Skills.Emails.Model;

/// <summary>
/// The Semantic Kernel that drafts customer emails: every template is a kernel function of the "emails" plugin,
/// and, when <c>Email:Model</c> is configured, a chat model may rewrite a draft. Every request to the model goes
/// through <see cref="CardNumberTripwire"/>.
/// </summary>
public static class EmailKernel
{
    public const string PluginName = "emails";

    /// <param name="model">The chat model, or null for templates only.</param>
    /// <param name="transport">The HTTP handler under the tripwire (tests pass one; null means the default).</param>
    public static Kernel Create(EmailModelSettings? model, HttpMessageHandler? transport = null)
    {
        var builder = Kernel.CreateBuilder();
        builder.Plugins.Add(TemplatesPlugin());
        if (model is not null) AddChatModel(builder, model, transport);
        return builder.Build();
    }

    /// <summary>The templates as kernel functions: <c>emails.applied(facts, language)</c> returns an <see cref="EmailText"/>.</summary>
    public static KernelPlugin TemplatesPlugin() =>
        KernelPluginFactory.CreateFromFunctions(
            PluginName,
            "Customer emails about payments, in English or in French, filled from the payment and the account.",
            EmailTemplates.All.Select(template => KernelFunctionFactory.CreateFromMethod(
                (EmailFacts facts, string language) => template.Render(facts, language),
                functionName: template.FunctionName(),
                description: template.Description)));

    public static bool HasChatModel(Kernel kernel) => kernel.Services.GetService<IChatCompletionService>() is not null;

    private static void AddChatModel(IKernelBuilder builder, EmailModelSettings model, HttpMessageHandler? transport)
    {
        // The kernel's services keep the client for the kernel's lifetime, as Semantic Kernel expects.
        var http = new HttpClient(new CardNumberTripwire { InnerHandler = transport ?? new SocketsHttpHandler() })
        {
            Timeout = model.Timeout,
        };
        switch (model.Provider)
        {
            case ModelProvider.OpenAI when model.Endpoint is null:
                builder.AddOpenAIChatCompletion(model.ModelId, model.ApiKey!, httpClient: http);
                break;
            case ModelProvider.OpenAI:
            case ModelProvider.OpenAICompatible:
                // The custom-endpoint overload: Ollama, vLLM, LM Studio or a gateway; the key may be absent.
                builder.AddOpenAIChatCompletion(model.ModelId, model.Endpoint!, model.ApiKey, httpClient: http);
                break;
            case ModelProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(
                    model.Deployment ?? model.ModelId, model.Endpoint!.ToString(), model.ApiKey!,
                    modelId: model.ModelId, httpClient: http);
                break;
        }
    }
}
