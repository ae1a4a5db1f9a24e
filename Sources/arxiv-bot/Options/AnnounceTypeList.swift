import ArgumentParser
import PaperKit

/// A `--type`/`--types` value: one announce type or a comma list (`new,cross`). `--help` lists the
/// types; the names are checked by `PaperFilter.announceTypes`, whose one-line error names the
/// option and the unknown type, where ArgumentParser's own would print the whole usage.
struct AnnounceTypeList: ExpressibleByArgument {
    let names: [String]

    init?(argument: String) { names = [argument] }

    static var allValueStrings: [String] { AnnounceType.allCases.map(\.rawValue) }

    /// The types of every value given for `option`, in order.
    static func types(_ lists: [AnnounceTypeList], option: String) throws -> [AnnounceType] {
        try PaperFilter.announceTypes(lists.flatMap(\.names), option: option)
    }
}
