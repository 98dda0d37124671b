using System.Diagnostics.CodeAnalysis;

namespace Rezilient.Restore.Application.Common.Results;

/// <summary>Non-generic view of a <see cref="Result{T}"/>, used by the pipeline behaviors.</summary>
public interface IResult
{
    bool IsSuccess { get; }

    /// <summary>The HTTP status of a success (200, 201, 202); 0 for a failure.</summary>
    int SuccessStatus { get; }

    RestoreError? Error { get; }
}

/// <summary>
/// The outcome of a use case: a value with its success status code (200, 201, 202), or a <see cref="RestoreError"/>.
/// </summary>
public sealed class Result<T> : IResult
{
    private Result(T? value, int successStatus, RestoreError? error)
    {
        Value = value;
        SuccessStatus = successStatus;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>The HTTP status of a success (spec tables distinguish 200 and 201 for the same route).</summary>
    public int SuccessStatus { get; }

    public RestoreError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, 200, null);

    public static Result<T> Created(T value) => new(value, 201, null);

    public static Result<T> WithStatus(T value, int status) => new(value, status, null);

    public static Result<T> Fail(RestoreError error) => new(default, 0, error);

    public static implicit operator Result<T>(RestoreError error) => Fail(error);
}

/// <summary>
/// Builds a failed <typeparamref name="TResponse"/> when it is a <see cref="Result{T}"/>, so generic behaviors can
/// short-circuit without knowing <c>T</c>. Resolved once per closed type.
/// </summary>
public static class ResultFactory<TResponse>
{
    private static readonly Func<RestoreError, TResponse>? Factory = CreateFactory();

    public static bool IsResult => Factory is not null;

    public static TResponse Fail(RestoreError error) =>
        Factory is null
            ? throw new InvalidOperationException($"{typeof(TResponse)} is not a Result<T>; it cannot carry a failure.")
            : Factory(error);

    private static Func<RestoreError, TResponse>? CreateFactory()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result<object>.Fail), [typeof(RestoreError)])!;
        return method.CreateDelegate<Func<RestoreError, TResponse>>();
    }
}
