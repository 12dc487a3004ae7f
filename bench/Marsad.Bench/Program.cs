// Benchmarks: see README "Benchmarks". Filled in by the text-layer benchmark.
Console.WriteLine("no benchmarks yet");
