import Testing
@testable import PaperKit

/// The dual coordinate descent SVM against the primal problem it solves, minimised independently
/// here by plain gradient descent: 0.5 (|w|² + b²) + Σ Cᵢ max(0, 1 − yᵢ (w·xᵢ + b))².
struct LinearSVMTests {
    let points: [[Double]] = [[1, 0.1], [0.9, 0.3], [0.8, 0], [0.1, 1], [0.2, 0.9], [0, 0.7], [0.3, 1]]
    let labels = [true, true, true, false, false, false, false]

    var examples: [SparseVector] {
        points.map { SparseVector(indices: [0, 1], values: $0) }
    }

    /// Gradient descent on the primal, with the same balanced per-class C.
    func reference(c: Double) -> (w: [Double], b: Double) {
        let n = Double(labels.count), positives = Double(labels.filter { $0 }.count)
        let cs = labels.map { c * n / (2 * ($0 ? positives : n - positives)) }
        var w = [0.0, 0.0], b = 0.0
        for _ in 0..<200_000 {
            var gw = w, gb = b
            for i in points.indices {
                let y = labels[i] ? 1.0 : -1.0
                let slack = 1 - y * (w[0] * points[i][0] + w[1] * points[i][1] + b)
                guard slack > 0 else { continue }
                gw[0] -= 2 * cs[i] * slack * y * points[i][0]
                gw[1] -= 2 * cs[i] * slack * y * points[i][1]
                gb -= 2 * cs[i] * slack * y
            }
            w[0] -= 0.01 * gw[0]; w[1] -= 0.01 * gw[1]; b -= 0.01 * gb
        }
        return (w, b)
    }

    @Test func separatesASeparableSet() {
        let svm = LinearSVM(examples: examples, labels: labels, featureCount: 2, c: 10)
        for (x, label) in zip(examples, labels) {
            #expect((svm.decision(x) > 0) == label, "\(x.values)")
        }
    }

    @Test(arguments: [0.01, 1.0, 10.0])
    func decisionValuesMatchThePrimalSolution(c: Double) {
        let svm = LinearSVM(examples: examples, labels: labels, featureCount: 2, c: c, tolerance: 1e-9, maxIterations: 100_000)
        let (w, b) = reference(c: c)
        for (x, point) in zip(examples, points) {
            let expected = w[0] * point[0] + w[1] * point[1] + b
            #expect(abs(svm.decision(x) - expected) < 1e-5, "C=\(c) \(point): \(svm.decision(x)) vs \(expected)")
        }
    }

    @Test func oneClassOnlyLearnsNothing() {
        let svm = LinearSVM(examples: examples, labels: labels.map { _ in true }, featureCount: 2)
        #expect(svm.weights == [0, 0] && svm.bias == 0)
    }
}
