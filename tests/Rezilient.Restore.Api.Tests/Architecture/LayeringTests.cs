using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Rezilient.Restore.Api.Controllers;

namespace Rezilient.Restore.Api.Tests.Architecture;

/// <summary>The dependency rule (docs/architecture.md): Api → Application → Domain; Infrastructure implements ports.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.ReasonCodes).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(HealthController).Assembly;

    private static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Test]
    public void Domain_references_nothing_but_the_base_library()
    {
        Assert.That(References(Domain).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard"),
            Is.Empty);
    }

    [Test]
    public void Application_knows_only_the_domain_among_our_projects_and_no_database_driver()
    {
        var references = References(Application).ToList();

        Assert.That(references, Does.Contain(Domain.GetName().Name));
        Assert.That(references.Where(n => n.Contains("Infrastructure", StringComparison.Ordinal)
                                          || n.Contains(".Api", StringComparison.Ordinal)
                                          || n.Contains("Migrations", StringComparison.Ordinal)
                                          || n.StartsWith("Npgsql", StringComparison.Ordinal)
                                          || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)),
            Is.Empty);
    }

    [Test]
    public void Infrastructure_does_not_reference_the_api()
    {
        Assert.That(References(Infrastructure).Where(n => n.EndsWith(".Api", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Controllers_depend_on_nothing_but_the_mediator()
    {
        var controllers = Api.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.That(controllers, Is.Not.Empty);

        foreach (var controller in controllers)
        {
            var dependencies = controller.GetConstructors()
                .SelectMany(c => c.GetParameters().Select(p => p.ParameterType))
                .Concat(controller.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                    .Select(f => f.FieldType))
                .Distinct();
            Assert.That(dependencies.Where(t => t != typeof(ISender) && t != typeof(IMediator)), Is.Empty,
                $"{controller.Name} may only depend on the mediator");
        }
    }

    [Test]
    public void Controllers_live_in_the_controllers_namespace_and_use_no_infrastructure_types()
    {
        foreach (var controller in Api.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t)))
        {
            Assert.That(controller.Namespace, Is.EqualTo("Rezilient.Restore.Api.Controllers"));
            var signatureTypes = controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType));
            Assert.That(signatureTypes.Where(t => t.Assembly == Infrastructure), Is.Empty, controller.Name);
        }
    }
}
