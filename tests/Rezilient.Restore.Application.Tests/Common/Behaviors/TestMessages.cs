using Mediator;
using Rezilient.Restore.Application.Common.Messaging;

namespace Rezilient.Restore.Application.Tests.Common.Behaviors;

public sealed record TestCommand(string Name) : IRestoreCommand<string>;

public sealed record TestQuery(string Name) : IRestoreQuery<string>;

/// <summary>A command whose response is not a <c>Result</c>: behaviors must treat it as a plain success.</summary>
public sealed record PlainCommand(int Value) : ICommand<int>;
