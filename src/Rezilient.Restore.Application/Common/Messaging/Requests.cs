using Mediator;
using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Common.Messaging;

/// <summary>
/// A state-changing use case. Passes the audit, validation and transaction behaviors: it runs in one database
/// transaction that commits only when the result is a success, and always leaves a request-audit row.
/// </summary>
public interface IRestoreCommand<TResponse> : ICommand<Result<TResponse>>;

/// <summary>A read-only use case: validated and logged, no transaction, no tracking.</summary>
public interface IRestoreQuery<TResponse> : IQuery<Result<TResponse>>;
