namespace Rezilient.Restore.Infrastructure.SourceMappings;

/// <summary>A small thread-safe least-recently-used map with a fixed capacity.</summary>
internal sealed class LruMap<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> nodes = [];
    private readonly LinkedList<(TKey Key, TValue Value)> recency = new();
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return nodes.Count;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (gate)
        {
            if (nodes.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        lock (gate)
        {
            if (nodes.Remove(key, out var existing))
            {
                recency.Remove(existing);
            }

            nodes[key] = recency.AddFirst((key, value));
            if (nodes.Count > capacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                nodes.Remove(oldest.Value.Key);
            }
        }
    }

    /// <summary>Removes the key only while it still maps to <paramref name="expected"/> (reference equality).</summary>
    public void RemoveIfSame(TKey key, TValue expected)
    {
        lock (gate)
        {
            if (nodes.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, expected))
            {
                nodes.Remove(key);
                recency.Remove(node);
            }
        }
    }
}
