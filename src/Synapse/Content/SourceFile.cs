namespace Synapse.Content;

/// <summary>A content file as read from disk: its site-relative path (e.g. input/treatments/tms.md) and decoded text.</summary>
internal sealed record SourceFile(string Path, string Text);
