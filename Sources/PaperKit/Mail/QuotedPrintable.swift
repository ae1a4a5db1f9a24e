/// The quoted-printable transfer encoding (RFC 2045 §6.7) of UTF-8 text, with CRLF line ends.
///
/// Every output line is at most 76 octets (SMTP's limit is 998), so a digest with a
/// 3,000-character abstract on one line still travels intact. Besides what the RFC requires
/// (`=`, non-ASCII, controls, spaces before a line end), a `.` or `F` starting a line is encoded
/// too, so a line can never be read as SMTP's end of data or an mbox `From ` separator.
public enum QuotedPrintable {
    static let maxLineLength = 76

    /// Encodes `text`; its line ends (LF or CRLF) become CRLF hard breaks.
    public static func encode(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var bytes = Array(line.utf8)
            if bytes.last == 0x0D { bytes.removeLast() }
            encodeLine(bytes, into: &out)
            if index < lines.count - 1 { out += [0x0D, 0x0A] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func encodeLine(_ bytes: [UInt8], into out: inout [UInt8]) {
        var length = 0
        for (index, byte) in bytes.enumerated() {
            let atEnd = index == bytes.count - 1
            let mustEncode = byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9)
                || ((byte == 32 || byte == 9) && atEnd)
                || (length == 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "F")))
            let piece: [UInt8] = mustEncode ? escape(byte) : [byte]
            // A soft break ("=" + CRLF) when this piece would push the line over 76 with the "=" included;
            // the last piece of a line may use the 76th column itself.
            let limit = atEnd ? maxLineLength : maxLineLength - 1
            if length + piece.count > limit {
                out += [UInt8(ascii: "="), 0x0D, 0x0A]
                length = 0
                let restart: [UInt8] = (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "F")) ? escape(byte) : piece
                out += restart
                length += restart.count
            } else {
                out += piece
                length += piece.count
            }
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    private static func escape(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }
}
