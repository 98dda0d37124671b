namespace Rezilient.Restore.Domain.Audit;

/// <summary>How a command ended. Storage names are the lower-case member names.</summary>
public enum RequestOutcome
{
    /// <summary>The command succeeded and its transaction committed.</summary>
    Succeeded,

    /// <summary>An expected failure (validation, scope, conflict): nothing was changed.</summary>
    Rejected,

    /// <summary>An unexpected fault (500): the transaction rolled back.</summary>
    Faulted,

    /// <summary>The caller went away before the command finished: the transaction rolled back.</summary>
    Cancelled,
}
