using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Synapse.Bench.Search")]
