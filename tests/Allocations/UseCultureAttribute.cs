using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace OpsBot.Tests.Allocations;

/// <summary>Runs a test under a given current culture (and UI culture), then puts the old one back.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    private readonly CultureInfo _culture = new(culture);
    private CultureInfo? _original, _originalUi;

    public override void Before(MethodInfo methodUnderTest)
    {
        _original = CultureInfo.CurrentCulture;
        _originalUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _original!;
        CultureInfo.CurrentUICulture = _originalUi!;
    }
}
