using MediaJobs.Core.Errors;

namespace MediaJobs.Core.Tests.Errors;

/// <summary>Input fields are named relative to the input; each surface adds its own name for it.</summary>
[Trait("Tier", "Fast")]
public sealed class JobValidationExceptionTests
{
    [Fact]
    public void InInput_NamesTheFieldRelativeToTheInput()
    {
        var ex = JobValidationException.InInput("paths[1]", "must be a path string.");

        Assert.Equal("paths[1]", ex.Field);
        Assert.Equal("'paths[1]' must be a path string.", ex.Message);
        Assert.True(ex.IsInputField);
    }

    [Theory]
    [InlineData("inputs.", "inputs.topic", "Give 'inputs.text' or 'inputs.topic'.")]
    [InlineData("parameters.", "parameters.topic", "Give 'parameters.text' or 'parameters.topic'.")]
    [InlineData("", "topic", "Give 'text' or 'topic'.")]
    public void WithInputPrefix_NamesTheFieldAndEveryFieldItsMessageNames(string prefix, string field, string message)
    {
        var ex = JobValidationException.InInput("topic", name => $"Give '{name("text")}' or '{name("topic")}'.");

        var named = ex.WithInputPrefix(prefix);

        Assert.Equal(field, named.Field);
        Assert.Equal(message, named.Message);
        Assert.Equal("topic", named.RelativeField);
        Assert.Equal("InvalidRequest", named.Error.Code);
    }

    [Fact]
    public void WithInputPrefix_OnceApplied_IsNotAppliedTwice()
    {
        var named = JobValidationException.InInput("path", "is required.").WithInputPrefix("inputs.");

        Assert.Equal("inputs.path", named.WithInputPrefix("inputs.").Field);
        Assert.False(named.IsInputField);
    }

    [Fact]
    public void WithInputPrefix_FieldOutsideTheInput_IsUnchanged()
    {
        var ex = new JobValidationException("options.quality", "'options.quality' must be one of fast, balanced, high.");

        var named = ex.WithInputPrefix("inputs.");

        Assert.Same(ex, named);
        Assert.False(ex.IsInputField);
        Assert.Null(ex.RelativeField);
    }

    [Fact]
    public void WithInputNames_NamesEachFieldItsOwnWay()
    {
        var ex = JobValidationException.InInput("brief.language", "must be a language tag.");

        var named = ex.WithInputNames(path => path.StartsWith("brief.", StringComparison.Ordinal) ? path : "inputs." + path);

        Assert.Equal("brief.language", named.Field);
        Assert.Equal("'brief.language' must be a language tag.", named.Message);
    }
}
