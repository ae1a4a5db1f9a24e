import ArgumentParser
import Foundation
import PaperKit

/// Everything the CLI writes besides results: errors, warnings, progress. Only the CLI prints.
enum Console {
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let useColor = stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Columns of the terminal, or 100 when not a terminal.
    static var terminalWidth: Int {
        var size = winsize()
        if stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }

    /// Stored text made safe to show: control characters (C0, DEL, C1) dropped, so a feed cannot
    /// send escape sequences to the terminal. The snippet's highlight markers are kept.
    static func printable(_ text: String) -> String {
        let markers = Set((PaperResult.highlightStart + PaperResult.highlightEnd).unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            if !control || markers.contains(scalar) || scalar == "\n" || scalar == "\t" { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// A snippet on one line with matched words in bold on a colour terminal, `[...]` otherwise.
    static func highlight(_ snippet: String) -> String {
        let (open, close) = useColor ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
        return printable(snippet).normalizingWhitespace()
            .replacingOccurrences(of: PaperResult.highlightStart, with: open)
            .replacingOccurrences(of: PaperResult.highlightEnd, with: close)
    }

    static func error(_ message: String) { FileHandle.standardError.write(Data("arxiv-bot: error: \(message)\n".utf8)) }
    static func warn(_ message: String) { FileHandle.standardError.write(Data("arxiv-bot: warning: \(message)\n".utf8)) }
    static func note(_ message: String) { FileHandle.standardError.write(Data("\(message)\n".utf8)) }

    /// `2026-12-07T10:41:23Z` -> `2026-12-07 10:41 UTC`.
    static func minute(_ timestamp: String) -> String {
        guard timestamp.count >= 16 else { return timestamp }
        return timestamp.prefix(10) + " " + timestamp.dropFirst(11).prefix(5) + " UTC"
    }

    /// A progress line that rewrites itself; only when stderr is a terminal.
    static func progress(_ message: String) {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8))
    }

    static func clearProgress() {
        guard stderrIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Runs `body`; a PaperKit error becomes one line on stderr and its exit code.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as any ArxivBotError {
            error(failure.message)
            throw ArgumentParser.ExitCode(failure.exitCode.rawValue)
        }
    }

    /// Ends the command with `code` (after its output was written).
    static func exit(_ code: ExitStatus) throws {
        if code != .success { throw ArgumentParser.ExitCode(code.rawValue) }
    }
}
