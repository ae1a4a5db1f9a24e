import Foundation

/// The arithmetic of a chart's axes: "nice" value ticks (1, 2 or 5 times a power of ten) and
/// which period labels to print when there are too many to fit.
public enum ChartAxis {
    /// About `target` ticks from 0 to at least `maximum`, evenly spaced by a nice step; `[0, 1]`
    /// for an empty chart.
    public static func ticks(upTo maximum: Double, target: Int = 5) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0, 1] }
        let rough = maximum / Double(max(1, target))
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        let count = Int((maximum / step).rounded(.up))
        return (0...max(1, count)).map { Double($0) * step }
    }

    /// Integer ticks for counts: a step below 1 is raised to 1.
    public static func countTicks(upTo maximum: Int, target: Int = 5) -> [Double] {
        let ticks = self.ticks(upTo: Double(maximum), target: target)
        guard ticks.count > 1, ticks[1] < 1 else { return ticks }
        return (0...max(1, maximum)).map(Double.init)
    }

    /// The indices of the labels to print among `count`, at most `limit` of them, evenly spaced
    /// from the first; every label when they fit.
    public static func labelIndices(count: Int, limit: Int) -> [Int] {
        guard count > 0 else { return [] }
        let step = max(1, Int((Double(count) / Double(max(1, limit))).rounded(.up)))
        return Array(stride(from: 0, to: count, by: step))
    }

    /// A tick value as text: `1200`, `0.5`, `2.25` (no trailing zeros).
    public static func label(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
