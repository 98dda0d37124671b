using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rezilient.Restore.Application.Common.Json;

namespace Rezilient.Restore.Api.Http;

/// <summary>Hands the body read by <see cref="ReadsJsonBodyAttribute"/> to the action's <see cref="JsonBody"/> parameter.</summary>
public sealed class JsonBodyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var body = ReadsJsonBodyAttribute.Get(bindingContext.HttpContext)
            ?? throw new InvalidOperationException(
                $"{bindingContext.ActionContext.ActionDescriptor.DisplayName} takes a JsonBody but lacks [ReadsJsonBody].");
        bindingContext.Result = ModelBindingResult.Success(body);
        return Task.CompletedTask;
    }
}

public sealed class JsonBodyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(JsonBody) ? new JsonBodyModelBinder() : null;
}
