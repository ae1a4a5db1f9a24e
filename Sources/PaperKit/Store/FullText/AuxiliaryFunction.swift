import CSQLite

/// Registration of the store's FTS5 auxiliary functions (`arxiv_bm25`, `arxiv_snippet`).
enum AuxiliaryFunction {
    /// Registers `function` as `name` on the connection whose FTS5 API is `api`. FTS5 hands
    /// `context` to every call (`xUserData`) and keeps it until the connection closes.
    static func register(_ name: String, _ function: fts5_extension_function, context: AnyObject,
                         on database: Database, api: UnsafeMutablePointer<fts5_api>) throws {
        let userData = Unmanaged.passRetained(context).toOpaque()
        let rc = api.pointee.xCreateFunction(api, name, userData, function, { userData in
            if let userData { Unmanaged<AnyObject>.fromOpaque(userData).release() }
        })
        // On failure FTS5 has not taken ownership (it calls no destructor).
        guard rc == SQLITE_OK else {
            Unmanaged<AnyObject>.fromOpaque(userData).release()
            throw StoreError.cannotOpen(path: database.path, reason: "cannot register \(name): \(String(cString: sqlite3_errstr(rc)))")
        }
    }
}
