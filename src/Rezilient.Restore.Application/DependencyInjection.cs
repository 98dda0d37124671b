using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Rezilient.Restore.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the validators. Handlers and the pipeline behaviors are registered by the mediator source generator
    /// in the composition root (the Api), which also fixes the behavior order.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // The first failing rule answers (the specs list checks in order), so stop at the first failure.
        ValidatorOptions.Global.DefaultClassLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);
        return services;
    }
}
