import Foundation

/// A message as an independent reader sees it: Python's `email` package (policy `default`) parses
/// the raw bytes, decodes encoded-words and each part's transfer encoding, and lists its defects.
public struct ReceivedMail: Decodable {
    public struct Part: Decodable {
        public var type: String
        public var charset: String?
        public var encoding: String?
        /// The decoded text of the part, its CRLF line ends (MIME's canonical form) turned into LF.
        public var text: String
    }

    /// Each header's decoded value (the last one when a header repeats).
    public var headers: [String: String]
    /// The header names in order, repeats included.
    public var headerNames: [String]
    /// The raw `Subject` line as it travelled, before decoding.
    public var rawSubject: String
    public var contentType: String
    public var parts: [Part]
    /// The longest line in octets, CRLF not counted.
    public var longestLine: Int
    /// Whether a line ends in a bare LF or CR instead of CRLF.
    public var hasBareLineEnds: Bool
    /// What the parser found wrong (empty for a well-formed message).
    public var defects: [String]

    static let script = #"""
        import email, json, sys
        from email import policy
        raw = open(sys.argv[1], "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        old = email.message_from_bytes(raw)
        parts = list(msg.iter_parts()) if msg.is_multipart() else []
        defects = [type(d).__name__ for d in msg.defects] + [type(d).__name__ for p in parts for d in p.defects]
        print(json.dumps({
            "headers": {k: str(v) for k, v in msg.items()},
            "headerNames": list(msg.keys()),
            "rawSubject": old.get("Subject", ""),
            "contentType": msg.get_content_type(),
            "parts": [{"type": p.get_content_type(), "charset": p.get_content_charset(),
                       "encoding": p.get("Content-Transfer-Encoding"),
                       "text": p.get_payload(decode=True).decode(p.get_content_charset() or "ascii").replace("\r\n", "\n")} for p in parts],
            "longestLine": max(len(line) for line in raw.split(b"\r\n")),
            "hasBareLineEnds": b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""),
            "defects": defects,
        }))
        """#

    /// Parses the message in `file`.
    public init(file: URL) throws {
        let result = try Python.run(["-c", Self.script, file.path])
        guard result.status == 0 else { throw TestSupportError("python could not read \(file.path): \(result.error)") }
        self = try JSONDecoder().decode(ReceivedMail.self, from: Data(result.output.utf8))
    }

    /// Parses `text` (a message as `mail --dry-run` writes it).
    public init(text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("arxiv-bot-mail-\(UUID().uuidString).eml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try self.init(file: file)
    }
}
