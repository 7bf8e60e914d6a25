using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PromptAnalyzers.Tests.Tool.Editors;

/// <summary>
/// A language client over a server's standard input and output: JSON-RPC 2.0 messages framed by a Content-Length
/// header, as the Language Server Protocol specifies. It sends requests and notifications, answers the server's own
/// requests through <see cref="ServerRequestHandler"/>, and keeps every notification the server sends.
/// </summary>
internal sealed class LspConnection : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<JsonElement> _notifications = new();
    private readonly StringBuilder _log = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Thread _reader;
    private int _nextId;

    private LspConnection(Process process, Func<string, JsonElement, JsonNode?> serverRequestHandler)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        ServerRequestHandler = serverRequestHandler;
        _reader = new Thread(ReadMessages) { IsBackground = true, Name = "LSP reader" };
        _reader.Start();
    }

    /// <summary>Answers a request the server sends the client (method, params) with its result.</summary>
    public Func<string, JsonElement, JsonNode?> ServerRequestHandler { get; }

    /// <summary>The notifications the server sent so far (method and params), in order.</summary>
    public IReadOnlyList<JsonElement> Notifications => _notifications.ToArray();

    /// <summary>What the server wrote to standard error and the methods of the requests it sent, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static LspConnection Start(ProcessStartInfo startInfo, Func<string, JsonElement, JsonNode?> serverRequestHandler)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start " + startInfo.FileName);
        var connection = new LspConnection(process, serverRequestHandler);
        process.ErrorDataReceived += (_, e) => connection.AppendLog(e.Data);
        process.BeginErrorReadLine();
        return connection;
    }

    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        var finished = await Task.WhenAny(response.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != response.Task)
        {
            throw new TimeoutException($"no answer to {method} within {timeout}\n{Log}");
        }

        var message = await response.Task.ConfigureAwait(false);
        if (message.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"{method} failed: {error}\n{Log}");
        }

        return message.GetProperty("result");
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _input.WriteAsync(header).ConfigureAwait(false);
            await _input.WriteAsync(body).ConfigureAwait(false);
            await _input.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Reads framed messages until the server closes its output: responses, server requests, notifications.</summary>
    private void ReadMessages()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (ReadMessage(output) is { } message)
            {
                Dispatch(message);
            }
        }
        catch (IOException)
        {
            // The server exited.
        }
        catch (ObjectDisposedException)
        {
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("the language server closed its output\n" + Log));
        }
    }

    private void Dispatch(JsonElement message)
    {
        var hasId = message.TryGetProperty("id", out var id);
        var hasMethod = message.TryGetProperty("method", out var method);
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        if (hasMethod && hasId)
        {
            AppendLog("server request: " + method.GetString());
            JsonNode? result;
            try
            {
                result = ServerRequestHandler(method.GetString()!, parameters);
            }
            catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException)
            {
                result = null;
                AppendLog("could not answer " + method.GetString() + ": " + exception.Message);
            }

            _ = SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result });
        }
        else if (hasMethod)
        {
            _notifications.Enqueue(message);
        }
        else if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt32(), out var response))
        {
            response.TrySetResult(message);
        }
    }

    private static JsonElement? ReadMessage(Stream stream)
    {
        var length = -1;
        while (ReadHeaderLine(stream) is { } line)
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            return null;
        }

        var body = new byte[length];
        stream.ReadExactly(body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = stream.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)next);
        }
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _writeLock.Dispose();
    }
}
