using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace OpsBot.Tests.Support;

/// <summary>
/// Runs a test (or every test of a class) under another current culture and UI culture, then puts the original
/// back, so that formatting tests prove they do not depend on the machine's culture. Modelled on Humanizer's
/// tests/Humanizer.Tests/UseCultureAttribute.cs, for xunit 2.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    private readonly Lazy<CultureInfo> _culture = new(() => new CultureInfo(culture));
    private CultureInfo? _originalCulture;
    private CultureInfo? _originalUICulture;

    public CultureInfo Culture => _culture.Value;

    public override void Before(MethodInfo methodUnderTest)
    {
        _originalCulture = CultureInfo.CurrentCulture;
        _originalUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        if (_originalCulture is not null) CultureInfo.CurrentCulture = _originalCulture;
        if (_originalUICulture is not null) CultureInfo.CurrentUICulture = _originalUICulture;
    }
}
