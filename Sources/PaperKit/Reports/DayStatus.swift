/// What the history knows about one day of a report's range.
public struct DayStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Announcements were recorded for the day.
        case announced
        /// arXiv does not announce on this day (weekend or holiday).
        case closed(ArxivSchedule.Closure)
        /// An ingest run covered the day successfully but recorded no announcements.
        case empty
        /// arXiv announced, but no announcement and no successful ingest run is recorded:
        /// the ingest missed the day. A warning the user must see.
        case missing
        /// After the day the report was generated; nothing to expect yet.
        case future
    }

    public var day: Day
    public var kind: Kind
    /// Announcement rows recorded for the day, of any type.
    public var announcements: Int
    /// Papers dated this day (first announcement, else v1 day).
    public var papers: Int

    public init(day: Day, kind: Kind, announcements: Int, papers: Int) {
        self.day = day
        self.kind = kind
        self.announcements = announcements
        self.papers = papers
    }

    /// Classifies `day` from its announcement count, whether the ledger covers it, and the schedule.
    public static func classify(_ day: Day, announcements: Int, papers: Int, ledgerCovers: Bool, today: Day) -> DayStatus {
        let kind: Kind
        if announcements > 0 {
            kind = .announced
        } else if let closure = ArxivSchedule.closure(on: day) {
            kind = .closed(closure)
        } else if ledgerCovers {
            kind = .empty
        } else if day > today {
            kind = .future
        } else {
            kind = .missing
        }
        return DayStatus(day: day, kind: kind, announcements: announcements, papers: papers)
    }

    /// `weekend`, `holiday (Christmas)`, `missing in the ingest ledger`, ...: for reports.
    public var explanation: String {
        switch kind {
        case .announced: return "\(announcements) announcements"
        case .closed(.weekend): return "weekend: arXiv does not announce"
        case let .closed(.holiday(name)): return "holiday (\(name)): arXiv does not announce"
        case .empty: return "ingested, no announcements"
        case .missing: return "missing in the ingest ledger: no feed was ingested for this day"
        case .future: return "not announced yet"
        }
    }

    /// A short machine-readable name: announced, weekend, holiday, empty, missing, future.
    public var kindName: String {
        switch kind {
        case .announced: return "announced"
        case .closed(.weekend): return "weekend"
        case .closed(.holiday): return "holiday"
        case .empty: return "empty"
        case .missing: return "missing"
        case .future: return "future"
        }
    }
}
