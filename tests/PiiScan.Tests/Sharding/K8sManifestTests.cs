using Xunit;
using YamlDotNet.RepresentationModel;

namespace PiiScan.Tests.Sharding;

public class K8sManifestTests
{
    private static readonly string Dir = Path.Combine(TestPaths.RepoRoot, "deploy", "k8s");

    private static YamlMappingNode Load(string name)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Dir, name));
        yaml.Load(reader);
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    private static YamlNode At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }
        return node;
    }

    private static string Scalar(YamlNode node, params object[] path) => ((YamlScalarNode)At(node, path)).Value!;

    [Fact]
    public void Manifests_AllFiles_AreValidYaml()
    {
        foreach (var file in Directory.GetFiles(Dir, "*.yaml"))
        {
            var yaml = new YamlStream();
            using var reader = new StreamReader(file);
            yaml.Load(reader);
            Assert.NotEmpty(yaml.Documents);
        }
        var kustomization = Load("kustomization.yaml");
        var resources = ((YamlSequenceNode)At(kustomization, "resources")).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        Assert.All(resources, r => Assert.True(File.Exists(Path.Combine(Dir, r)), r));
    }

    [Fact]
    public void ScanJob_IsIndexedWithShardPerIndexResumeGpuAndReadOnlyKeyring()
    {
        var job = Load("job-scan.yaml");
        Assert.Equal("Job", Scalar(job, "kind"));
        Assert.Equal("Indexed", Scalar(job, "spec", "completionMode"));
        var n = Scalar(job, "spec", "completions");
        Assert.Equal(n, Scalar(job, "spec", "parallelism"));
        var container = At(job, "spec", "template", "spec", "containers", 0);
        var env = ((YamlSequenceNode)At(container, "env")).Children.ToDictionary(e => Scalar(e, "name"));
        Assert.Equal(n, Scalar(env["SHARDS"], "value"));
        Assert.Equal("metadata.annotations['batch.kubernetes.io/job-completion-index']", Scalar(env["JOB_COMPLETION_INDEX"], "valueFrom", "fieldRef", "fieldPath"));
        var command = Scalar(container, "args", 0);
        Assert.Contains("piiscan scan /data/in --out /data/out/shard-$(JOB_COMPLETION_INDEX)", command);
        Assert.Contains("--shard $(JOB_COMPLETION_INDEX)/$(SHARDS) --resume", command);
        Assert.Equal("1", Scalar(container, "resources", "requests", "nvidia.com/gpu"));
        Assert.Equal("1", Scalar(container, "resources", "limits", "nvidia.com/gpu"));

        var keyringPath = Scalar(env["PIISCAN_KEYRING"], "value");
        var mount = ((YamlSequenceNode)At(container, "volumeMounts")).Children.Single(m => Scalar(m, "name") == "keyring");
        Assert.Equal("true", Scalar(mount, "readOnly"));
        Assert.StartsWith(Scalar(mount, "mountPath") + "/", keyringPath);
        var volumes = ((YamlSequenceNode)At(job, "spec", "template", "spec", "volumes")).Children;
        var secret = volumes.Single(v => Scalar(v, "name") == "keyring");
        Assert.Equal("0400", Scalar(secret, "secret", "defaultMode"));
        var data = volumes.Single(v => Scalar(v, "name") == "data");
        Assert.Equal("piiscan-data", Scalar(data, "persistentVolumeClaim", "claimName"));
    }

    [Fact]
    public void MergeJob_MergesEveryShardOfTheScanJob()
    {
        var n = int.Parse(Scalar(Load("job-scan.yaml"), "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var merge = Load("job-merge.yaml");
        var args = ((YamlSequenceNode)At(merge, "spec", "template", "spec", "containers", 0, "args")).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        Assert.Equal("merge", args[0]);
        Assert.Equal(Enumerable.Range(0, n).Select(i => $"/data/out/shard-{i}"), args.Skip(1).Take(n));
        Assert.Equal(["--out", "/data/out/merged"], args.Skip(1 + n));
    }
}
