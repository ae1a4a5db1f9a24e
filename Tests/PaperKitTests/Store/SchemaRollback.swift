@testable import PaperKit

/// Takes a test store back to an older schema version, so a migration can be run again on a store
/// "written before": every migration after it is undone, newest first.
enum SchemaRollback {
    /// Undoes 010 (search bounds), 008 (tags) and 007 (resumable sources), then forgets every
    /// migration from `version` on (009 only rebuilds an index); the caller undoes the objects of
    /// the migrations between `version` and 006 itself.
    static func forget(from version: Int, in db: Database) throws {
        try db.execute("""
            DROP TABLE search_bound_changes;
            DROP TABLE search_bound_terms;
            DROP TABLE search_bounds;
            DROP TABLE paper_tags;
            DROP TABLE tags;
            DROP TABLE source_positions;
            DROP TABLE rescore_state;
            ALTER TABLE ingest_runs DROP COLUMN pid;
            ALTER TABLE ingest_runs DROP COLUMN records_skipped;
            ALTER TABLE ingest_runs DROP COLUMN skip_reasons;
            """)
        try db.prepare("DELETE FROM schema_migrations WHERE version >= ?").run([.int(Int64(version))])
    }
}
