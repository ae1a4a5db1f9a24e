import PaperKit

/// The shell of the server's own pages: one self-contained document, inline CSS, no scripts,
/// readable on a phone. Callers pass bodies whose every store value is already escaped.
enum PageLayout {
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(XMLEscaping.escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <header><a class="home" href="/">arxiv-bot</a> <nav><a href="/digest">digest</a> <a href="/trends">trends</a> <a href="/rss">rss</a> <a href="/atom">atom</a> <a href="/health">health</a></nav></header>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// Escaped text.
    static func e(_ s: String) -> String { XMLEscaping.escape(s) }

    /// A snippet with its match markers as `<mark>`: the text between markers is escaped piece
    /// by piece (escaping drops the control characters the markers are), so text from the store
    /// can never open an element, and only balanced `<mark>` pairs are written.
    static func highlighted(_ snippet: String) -> String {
        var out = ""
        var open = false
        var piece = ""
        func flush() { out += e(piece); piece.removeAll() }
        for ch in snippet.normalizingWhitespace() {
            if String(ch) == PaperResult.highlightStart, !open {
                flush(); out += "<mark>"; open = true
            } else if String(ch) == PaperResult.highlightEnd, open {
                flush(); out += "</mark>"; open = false
            } else {
                piece.append(ch)
            }
        }
        flush()
        return open ? out + "</mark>" : out
    }

    static let css = """
        *{box-sizing:border-box}body{margin:0;background:#f6f7f9;color:#1d2330;font:16px/1.5 -apple-system,"Segoe UI",Roboto,sans-serif}\
        header{background:#1d2330;padding:.5rem 1rem;display:flex;justify-content:space-between;flex-wrap:wrap}\
        header a{color:#fff;text-decoration:none;margin-left:.8rem}header a.home{margin:0;font-weight:600}\
        main{max-width:52rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem;margin:.5rem 0}a{color:#1a5fb4}\
        form.search{background:#fff;border:1px solid #d8dce3;border-radius:6px;padding:.8rem}\
        .row{display:flex;gap:.5rem;flex-wrap:wrap}.row>*{flex:1 1 9rem;min-width:0}\
        input,select,button{font:inherit;padding:.45rem .5rem;border:1px solid #b8bec9;border-radius:4px;width:100%;background:#fff}\
        input[name=q]{flex:1 1 100%}button{background:#1a5fb4;color:#fff;border-color:#1a5fb4;cursor:pointer}\
        label{font-size:.8rem;color:#555;display:block}.hint{font-size:.8rem;color:#666;margin:.4rem 0 0}\
        article{background:#fff;border:1px solid #d8dce3;border-radius:6px;padding:.7rem .9rem;margin:.8rem 0;overflow-wrap:anywhere}\
        article h2,article h3{margin:1rem 0 .3rem;font-size:1.05rem}article h2:first-child{margin-top:0}.authors{margin:.2rem 0;color:#444;font-size:.9rem}\
        .facts span{display:inline-block;margin-right:.6rem;font-size:.85rem;color:#555}.score{font-weight:600;color:#1d2330}\
        .hits{font-size:.85rem;color:#2d6a2d;margin:.2rem 0}.snippet{margin:.3rem 0 0}mark{background:#ffe08a;padding:0 .1em}\
        .pager{display:flex;justify-content:space-between;margin:1rem 0}.count{color:#555;font-size:.9rem}\
        .error{background:#fde8e8;border:1px solid #e0a0a0;padding:.5rem .8rem;border-radius:6px}\
        .summary{white-space:pre-wrap}table{border-collapse:collapse}td,th{padding:.15rem .6rem;text-align:left;border-bottom:1px solid #e4e6ea}
        """
}
