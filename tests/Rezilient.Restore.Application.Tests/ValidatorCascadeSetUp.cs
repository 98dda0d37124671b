using Microsoft.Extensions.DependencyInjection;

namespace Rezilient.Restore.Application.Tests;

/// <summary>
/// Applies the Application's global FluentValidation options (first failing rule answers) exactly as the service does.
/// </summary>
[SetUpFixture]
public sealed class ValidatorCascadeSetUp
{
    [OneTimeSetUp]
    public void ApplyApplicationValidatorOptions() => new ServiceCollection().AddApplication();
}
