using Rezilient.Restore.Api.Hosting;

return await RestoreServiceHost.RunAsync(args);

/// <summary>Entry point; also the anchor type for in-process test hosts.</summary>
public partial class Program;
