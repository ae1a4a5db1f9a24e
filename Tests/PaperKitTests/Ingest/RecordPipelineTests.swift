import Testing
@testable import PaperKit

struct RecordPipelineTests {
    struct Boom: Error {}

    @Test func everyElementArrivesInOrder() throws {
        var received: [Int] = []
        let produced = try RecordPipeline<Int>.run(batchSize: 7, produce: { emit in
            for n in 0..<10_000 { try emit(n) }
            return "done"
        }, consume: { received += $0 })
        #expect(produced == "done")
        #expect(received == Array(0..<10_000))
    }

    @Test func aProducerErrorReachesTheConsumerAfterWhatCameBefore() throws {
        var received = 0
        #expect(throws: Boom.self) {
            try RecordPipeline<Int>.run(batchSize: 10, produce: { emit in
                for n in 0..<100 { try emit(n) }
                throw Boom()
            }, consume: { received += $0.count })
        }
        #expect(received == 100)
    }

    @Test func aConsumerErrorStopsTheProducer() throws {
        #expect(throws: Boom.self) {
            try RecordPipeline<Int>.run(batchSize: 1, produce: { emit in
                for n in 0..<1_000_000 { try emit(n) }   // would take long if not stopped
                Issue.record("producer ran to the end although the consumer failed")
            }, consume: { _ in throw Boom() })
        }
    }
}
