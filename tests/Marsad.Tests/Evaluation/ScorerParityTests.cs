using System.ComponentModel;
using System.Diagnostics;
using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Tests.Pipeline;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The project's scorer prints exactly what the reference scorer of the shared evaluation data
/// (../shared/eval/score.py) prints, line for line, on the seeds and on the real development set,
/// for the pipeline's own exports and for each gold scored against itself.
/// </summary>
public class ScorerParityTests
{
    [SharedDataFact]
    public void Seeds_export() => AssertParity(TestEnvironment.SharedFile("eval", "seeds.gold.json"), Corpora.Seeds);

    [SharedDataFact]
    public void Real_dev_export() => AssertParity(Corpora.RealDevGold, Corpora.RealDev);

    [SharedDataFact]
    public void Real_dev_gold_against_itself() => AssertParity(Corpora.RealDevGold, File.ReadAllText(Corpora.RealDevGold));

    [SharedDataFact]
    public void Bundled_seed_gold_matches_the_shared_one()
    {
        var bundled = ScoredDocument.Load(Corpora.SeedGold);
        var shared = ScoredDocument.Load(TestEnvironment.SharedFile("eval", "seeds.gold.json"));
        Assert.Equal(shared.Articles, bundled.Articles);
        Assert.Equal(shared.Events.Select(e => e.Key), bundled.Events.Select(e => e.Key));
    }

    private static void AssertParity(string gold, CorpusAnalysis analysis) => AssertParity(gold, Corpora.Export(analysis));

    private static void AssertParity(string gold, string systemJson)
    {
        var system = Path.Combine(Path.GetTempPath(), $"marsad-parity-{Guid.NewGuid():N}.json");
        File.WriteAllText(system, systemJson);
        try
        {
            var reference = RunReferenceScorer(gold, system);
            var ours = ExchangeScorer.ScoreFiles(gold, system).Lines();
            Assert.Equal(reference, ours);
        }
        finally
        {
            File.Delete(system);
        }
    }

    private static IReadOnlyList<string> RunReferenceScorer(string gold, string system)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { TestEnvironment.SharedFile("eval", "score.py"), gold, system })
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"the reference scorer needs python3 on PATH: {e.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, errors);
            return output.TrimEnd('\n').Split('\n');
        }
    }
}
