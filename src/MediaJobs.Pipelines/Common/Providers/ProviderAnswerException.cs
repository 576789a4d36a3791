using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Common.Providers;

/// <summary>The provider answered 2xx with something unusable (not JSON): a caller that can ask again (a script writer) does.</summary>
public sealed class ProviderAnswerException(JobError error, Exception? inner = null) : MediaJobsException(error, inner);
