namespace MediaJobs.Core.Configuration;

/// <summary>One refused runtime change: the configuration key at fault and the message naming it (as start-up would).</summary>
/// <param name="Key">The full configuration key, e.g. <c>MediaJobs:Transcode:HevcCrf</c>.</param>
/// <param name="Message">Starts with the key: <c>MediaJobs:Transcode:HevcCrf must be an x265 CRF from 0 to 51.</c></param>
public sealed record RuntimeSettingError(string Key, string Message);
