namespace MediaJobs.Pipelines.Video;

/// <summary>One generated asset: its file name, tags that match a style, and the lavfi graph that makes it.</summary>
public sealed record AssetRecipe(string FileName, IReadOnlyList<string> Tags, string Graph, bool IsMusic);
