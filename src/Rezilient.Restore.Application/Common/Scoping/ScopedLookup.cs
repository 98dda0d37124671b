using System.Linq.Expressions;
using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Scope;

namespace Rezilient.Restore.Application.Common.Scoping;

/// <summary>
/// The scoped-404 rule (spec 01 §5): a resource outside the token's scope answers exactly like a missing one,
/// <c>404 not_found / blocked_unknown_source_mapping</c>. Every object route uses this one piece, either by filtering
/// its query with <see cref="WithinScope{T}"/> or by checking a loaded record with <see cref="Require{T}"/>.
/// </summary>
public static class ScopedLookup
{
    /// <summary>Restricts a query to records of <paramref name="scope"/> (exact, case-sensitive text equality).</summary>
    public static IQueryable<T> WithinScope<T>(this IQueryable<T> records, RequestScope scope)
        where T : class, IScopedRecord
    {
        Expression<Func<T, bool>> owned = record =>
            record.TenantId == scope.TenantId
            && record.InstanceId == scope.InstanceId
            && record.Source == scope.Source;
        return records.Where(owned);
    }

    /// <summary>The record when it exists and belongs to <paramref name="scope"/>; otherwise the E5 failure.</summary>
    public static Result<T> Require<T>(T? record, RequestScope? scope)
        where T : class, IScopedRecord =>
        record is not null && scope is not null && scope.Owns(record.TenantId, record.InstanceId, record.Source)
            ? Result<T>.Ok(record)
            : Result<T>.Fail(RestoreError.NotFoundInScope);
}
