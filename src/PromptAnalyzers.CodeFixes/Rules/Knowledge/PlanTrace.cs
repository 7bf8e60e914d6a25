namespace PromptAnalyzers.CodeFixes.Rules.Knowledge;
internal static class PlanTrace { public static System.Collections.Concurrent.ConcurrentQueue<string> Lines = new(); public static void Log(string s) => Lines.Enqueue(s); }
