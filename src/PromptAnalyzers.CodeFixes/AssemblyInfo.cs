namespace PromptAnalyzers.CodeFixes;
