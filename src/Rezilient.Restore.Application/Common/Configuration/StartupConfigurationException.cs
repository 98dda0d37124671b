namespace Rezilient.Restore.Application.Common.Configuration;

/// <summary>
/// A configuration fault found while constructing components at startup (spec 09 §4 step 2). The message
/// is the exact spec text; the host logs it as <c>restore-service failed to start</c> and exits with 1.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException()
    {
    }

    public StartupConfigurationException(string message)
        : base(message)
    {
    }

    public StartupConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
