/// A linear support vector machine with the squared hinge loss and an intercept, trained by dual
/// coordinate descent as liblinear's `solve_l2r_l1l2_svc` does (with its shrinking), which is what
/// scikit-learn's `LinearSVC(loss='squared_hinge', dual=True)` runs. The intercept is a constant
/// feature of value 1 that is regularised like the others (liblinear's `bias`, sklearn's
/// `intercept_scaling=1`). With `balanced` weights each class's C is scaled by
/// `n / (2 × n_class)`, as `class_weight='balanced'`.
struct LinearSVM {
    private(set) var weights: [Double]
    private(set) var bias = 0.0
    /// Passes over the data the training took.
    private(set) var iterations = 0

    /// Trains on `examples` labelled `labels` (true: positive) over `featureCount` features.
    init(examples: [SparseVector], labels: [Bool], featureCount: Int, c: Double = 0.01, balanced: Bool = true,
         tolerance: Double = 1e-6, maxIterations: Int = 1_000, seed: UInt64 = 0) {
        precondition(examples.count == labels.count)
        weights = Array(repeating: 0, count: featureCount)
        let n = examples.count
        let positives = labels.filter { $0 }.count
        guard positives > 0, positives < n else { return }
        let cPositive = balanced ? c * Double(n) / (2 * Double(positives)) : c
        let cNegative = balanced ? c * Double(n) / (2 * Double(n - positives)) : c
        let y = labels.map { $0 ? 1.0 : -1.0 }
        let diagonal = labels.map { 0.5 / ($0 ? cPositive : cNegative) }
        let qd = (0..<n).map { i in examples[i].values.reduce(1) { $0 + $1 * $1 } + diagonal[i] }
        var alpha = Array(repeating: 0.0, count: n)
        var order = Array(0..<n)
        var active = n
        // The bound above which a zero alpha is shrunk (squared hinge has no upper bound on alpha,
        // so liblinear's lower shrinking bound never applies).
        var projectedMaxOld = Double.infinity
        var random = SeededRandom(seed: seed)
        while iterations < maxIterations {
            var projectedMax = -Double.infinity, projectedMin = Double.infinity
            for s in 0..<active { order.swapAt(s, s + Int(random.next() % UInt64(active - s))) }
            var s = 0
            while s < active {
                let i = order[s]
                let g = y[i] * (examples[i].dot(weights) + bias) - 1 + alpha[i] * diagonal[i]
                var projected = 0.0
                if alpha[i] == 0 {
                    if g > projectedMaxOld {
                        active -= 1
                        order.swapAt(s, active)
                        continue
                    }
                    if g < 0 { projected = g }
                } else {
                    projected = g
                }
                projectedMax = max(projectedMax, projected)
                projectedMin = min(projectedMin, projected)
                if abs(projected) > 1e-12 {
                    let old = alpha[i]
                    alpha[i] = max(alpha[i] - g / qd[i], 0)
                    let step = (alpha[i] - old) * y[i]
                    let x = examples[i]
                    for k in x.indices.indices { weights[Int(x.indices[k])] += step * x.values[k] }
                    bias += step
                }
                s += 1
            }
            iterations += 1
            if projectedMax - projectedMin <= tolerance {
                if active == n { break }
                active = n
                projectedMaxOld = .infinity
                continue
            }
            projectedMaxOld = projectedMax <= 0 ? .infinity : projectedMax
        }
    }

    /// The signed distance-like score: positive on the positive side.
    func decision(_ x: SparseVector) -> Double { x.dot(weights) + bias }
}

/// SplitMix64: a small deterministic generator, so a seed gives the same sample and the same
/// training order on every machine and Swift version.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
