using OpsBot.Skills.Emails;

namespace OpsBot.Tests.Emails;

public class EmailSettingsTests
{
    private static Func<string, string?> Settings(params (string Key, string Value)[] pairs) =>
        key => pairs.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public void With_no_provider_there_is_no_model_and_the_defaults_hold()
    {
        var settings = EmailSettings.Read(Settings(("Email:Model:Provider", ""), ("Email:Signature:fr", "Équipe A\\nBanque B")));

        Assert.Null(settings.Model);
        Assert.Null(settings.From);
        Assert.Equal("American Express", settings.PayeeName);
        Assert.Equal("Équipe A\nBanque B", settings.SignatureFrench);
        Assert.Equal("Payments Operations\nCard Services", settings.SignatureEnglish);
    }

    [Fact]
    public void An_openai_compatible_model_needs_an_endpoint_and_a_model_but_no_key()
    {
        var model = EmailModelSettings.Read(Settings(
            ("Email:Model:Provider", "openai-compatible"), ("Email:Model:Endpoint", "http://localhost:11434/v1"),
            ("Email:Model:ModelId", "llama3.1"), ("Email:Model:TimeoutSeconds", "20")))!;

        Assert.Equal(ModelProvider.OpenAICompatible, model.Provider);
        Assert.Equal(new Uri("http://localhost:11434/v1"), model.Endpoint);
        Assert.Null(model.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(20), model.Timeout);
    }

    [Theory]
    [InlineData("gemini", null, "m", "k", "Email:Model:Provider is 'gemini'; use openai, azure-openai or openai-compatible.")]
    [InlineData("azure-openai", null, "m", "k", "Email:Model:Endpoint is required for the azure-openai provider.")]
    [InlineData("openai-compatible", "not a url", "m", null, "Email:Model:Endpoint 'not a url' is not an absolute URL.")]
    [InlineData("openai", null, null, "k", "Email:Model:ModelId (or Email:Model:Deployment for Azure) is required.")]
    [InlineData("openai", null, "gpt-4o-mini", null, "Email:Model:ApiKey is required for the openai provider.")]
    public void A_model_setting_that_cannot_work_says_which_key_is_wrong(string provider, string? endpoint, string? model, string? key, string message)
    {
        var e = Assert.Throws<EmailDraftException>(() => EmailModelSettings.Read(Settings(
            ("Email:Model:Provider", provider), ("Email:Model:Endpoint", endpoint!), ("Email:Model:ModelId", model!), ("Email:Model:ApiKey", key!))));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Every_provider_builds_a_kernel_with_a_chat_model()
    {
        foreach (var provider in Enum.GetValues<ModelProvider>())
        {
            var kernel = Skills.Emails.Model.EmailKernel.Create(new EmailModelSettings
            {
                Provider = provider, ModelId = "m", ApiKey = "k",
                Endpoint = provider == ModelProvider.OpenAI ? null : new Uri("https://models.example.com/v1"),
            });
            Assert.True(Skills.Emails.Model.EmailKernel.HasChatModel(kernel), provider.ToString());
        }
    }
}
