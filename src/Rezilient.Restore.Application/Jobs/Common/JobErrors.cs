using Rezilient.Restore.Application.Common.Results;
using Rezilient.Restore.Domain.Common;

namespace Rezilient.Restore.Application.Jobs.Common;

/// <summary>The job area's expected failures (spec 04 §2, decisions J1, J5, J10).</summary>
public static class JobErrors
{
    public static RestoreError PlanMissing { get; } = new(409, "plan_missing", ReasonCodes.BlockedPlanUnavailable,
        "job plan is unavailable in plan store");

    public static RestoreError PlanHashMismatch { get; } = new(409, "plan_hash_mismatch", ReasonCodes.BlockedPlanHashMismatch,
        "plan_hash does not match the dry-run plan");

    public static RestoreError PlanStoreUnavailable { get; } = new(503, "plan_store_unavailable",
        Message: "dry-run plan store is unavailable");

    public static RestoreError IdempotencyKeyReused { get; } = new(409, "idempotency_key_reused",
        Message: "Idempotency-Key was already used with a different request body");

    /// <summary>spec 04 K-5: the job vanished between the scoped lookup and the operation (race only).</summary>
    public static RestoreError JobGone { get; } = new(404, ErrorCodes.NotFound, Message: "job not found");

    public static RestoreError AlreadyTerminal { get; } = new(409, "already_terminal",
        Message: "job already completed/failed/cancelled");

    public static RestoreError PlanNotExecutable(string gateReasonCode) =>
        new(409, "plan_not_executable", gateReasonCode, "dry-run plan gate is not executable");

    public static RestoreError LockScopeMismatch(IEnumerable<string> uncoveredTables) =>
        new(409, "lock_scope_mismatch",
            Message: $"lock_scope_tables must cover every table of the plan; missing: {string.Join(", ", uncoveredTables)}");
}
