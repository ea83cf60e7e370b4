import EqualityCore

/// The shell every HTML output shares: one self-contained file, `lang="en-GB"`, inline CSS with
/// an A4 print stylesheet, no scripts and no external requests.
enum HTMLPage {
    /// The whole page. `extraCSS` is one of the tool's own stylesheets, never data. `footer` is
    /// printed at the foot of every page beside the page number; it may hold user text, so it is
    /// escaped as a CSS string.
    static func document(title: String, body: HTML, extraCSS: String = "", footer: [String]? = nil) -> String {
        let footerCSS =
            footer.map { lines in
                let content = lines.map(CSSString.quoted).joined(separator: " \"\\A\" ")
                return "@page { @bottom-left { content: \(content); white-space: pre; \(marginBoxFont) } }\n"
            } ?? ""
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="\(Language.current.bcp47)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(HTML(trusted: stylesheet + extraCSS + footerCSS))</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
        return page.text
    }

    static let marginBoxFont = "font: 8.5pt \"Liberation Sans\", Arial, sans-serif; color: #4d4d4d;"

    /// Colours meet WCAG 2.2 AA contrast on white; meaning never rests on colour alone.
    /// The shared stylesheet; its printed page numbers are in the current language.
    static var stylesheet: String {
        """
        :root { --ink: #1a1a1a; --muted: #4d4d4d; --rule: #b3b3b3; --accent: #0b4f8a; --shade: #f2f2f2; --risk: #8a1c1c; }
        * { box-sizing: border-box; }
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); background: #fff; line-height: 1.45; margin: 0 auto; max-width: 60rem; padding: 1.5rem; font-size: 1rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .5rem; color: var(--accent); }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
        p, li { overflow-wrap: break-word; }
        .meta { color: var(--muted); font-size: .9rem; }
        code { font-family: "Liberation Mono", "Courier New", monospace; font-size: .85em; overflow-wrap: break-word; }
        table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; table-layout: fixed; font-size: .92rem; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        thead th { background: var(--shade); }
        th[scope="row"] { font-weight: normal; }
        .num { text-align: right; }
        .question { border: 1px solid var(--rule); border-radius: 4px; padding: .6rem .9rem; margin: .8rem 0; }
        .question h3 { margin-top: .2rem; }
        .facts { margin: .4rem 0; padding: 0; list-style: none; font-size: .92rem; }
        .facts li { margin: .1rem 0; }
        .choices { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
        .box { display: inline-block; width: .95em; height: .95em; border: 1.5px solid var(--ink); margin-right: .35em; vertical-align: -0.1em; }
        .write-label { margin: .5rem 0 .2rem; font-weight: bold; }
        .write-in { border: 1px solid var(--rule); min-height: 4.5rem; margin-bottom: .4rem; }
        .write-in.short { min-height: 2.2rem; }
        .filled { border-left: 3px solid var(--rule); padding: .2rem .6rem; margin: .2rem 0 .5rem; }
        .ticked .box { text-align: center; line-height: .9em; font-weight: bold; }
        .condition { border-left: 4px solid var(--accent); padding: .2rem .6rem; background: var(--shade); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .notice { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .6rem; color: var(--muted); }
        @page { size: A4; margin: 14mm 14mm 18mm;
          @bottom-right { content: \(CSSString.quoted(say("page.page", "Page "))) counter(page) \(CSSString.quoted(say("page.of", " of "))) counter(pages); white-space: nowrap; \(marginBoxFont) } }
        @page wide { size: A4 landscape; }
        @media print {
          html { font-size: 10pt; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          h3, h4 { break-after: avoid; }
          .question, tr, figure, .keep { break-inside: avoid; }
          .landscape { page: wide; }
          thead { display: table-header-group; }
          a { color: var(--ink); text-decoration: none; }
        }

        """
    }

    /// Shared by the gap report, the action plan and the aggregate.
    static let reportStylesheet = """
        .titleblock th { width: 17%; }
        .titleblock td { width: 33%; }
        .callout { border: 2px solid var(--risk); padding: .4rem .7rem; }
        .overall { font-size: 1.15rem; }
        .chart { width: 100%; max-width: 40rem; height: auto; display: block; margin: .5rem 0; }
        .risks .c-duty { width: 25%; } .risks .c-resp { width: 17%; }
        .matrix td, .matrix th { font-size: .85rem; }
        .heatmap .c-name { width: 18%; }
        td.heat-0 { background: #f6d5d1; } td.heat-1 { background: #fbe7b5; }
        td.heat-2 { background: #d9ecd5; } td.heat-3 { background: #c9e0f2; }
        @media print { td[class^="heat-"] { -webkit-print-color-adjust: exact; } }
        td.na { background: var(--shade); color: var(--muted); }
        td.thin { border-style: dashed; }
        .finding-table .c-q { width: 29%; } .finding-table .c-resp { width: 14%; }
        .finding-table .c-duty { width: 14%; } .finding-table .c-src { width: 17%; }
        .finding-table td, .finding-table th { font-size: .85rem; }
        .risk { color: var(--risk); font-weight: bold; }
        .actions td, .actions th { font-size: .85rem; }
        .actions .c-id { width: 17mm; } .actions .c-q { width: 40mm; } .actions .c-duty { width: 30mm; }
        .actions .c-pri { width: 17mm; } .actions .c-write { width: 30mm; }
        .duties .c-name { width: 19%; } .duties .c-binds { width: 40%; } .duties .c-qs { width: 10%; }
        .c-result { width: 9rem; }
        table.narrow { width: auto; min-width: 20rem; }
        .signoff td { height: 2.2rem; }
        .signoff .c-who { width: 17%; } .signoff .c-date { width: 18%; }
        .status-draft, .status-draft-for-agreement { color: var(--risk); }
        .top-actions td, .top-actions th { font-size: .88rem; }
        .top-actions .c-gap { width: 26%; } .top-actions .c-write { width: 24mm; }
        code.hash { overflow-wrap: anywhere; }
        @media print {
          .summary { font-size: 9pt; }
          .summary h2 { margin-top: .6rem; }
          .summary h3 { font-size: 10.5pt; margin: .5rem 0 .2rem; }
          .summary .overall { font-size: 11pt; margin: .2rem 0; }
          .summary table { margin: .2rem 0 .4rem; font-size: 8.5pt; }
          .summary th, .summary td { padding: .12rem .3rem; }
          .summary .meta { font-size: 8pt; margin: .1rem 0; }
          .summary .chart { max-width: 150mm; margin: .2rem 0; }
          .matrix td, .matrix th { font-size: 7.5pt; }
          header { font-size: 9pt; }
          header h1 { font-size: 15pt; }
          header table { margin: .2rem 0; }
          header th, header td { padding: .1rem .3rem; }
          .contents { font-size: 8.5pt; }
          .actions td, .actions th, .finding-table td, .finding-table th { font-size: 8pt; padding: .15rem .3rem; }
          .findings caption { font-size: 10pt; }
          #method, #excluded, #legal, #scores, #network { font-size: 9pt; }
          #legal table, #scores table, #network table { font-size: 8pt; }
          #network ul { margin: .2rem 0; } #network li { margin: .1rem 0; }
          #legal th, #legal td, #network th, #network td { padding: .1rem .3rem; line-height: 1.2; }
          .findings tr, .duties tr { break-inside: auto; }
          caption { break-after: avoid; }
          table { line-height: 1.3; }
          .sources { font-size: 8pt; }
          .sources ul { columns: 2; column-gap: 7mm; padding-left: 1rem; margin: 0; }
          .sources li { margin: 0 0 .15rem; break-inside: avoid; }
          #method ul { margin: .2rem 0; }
        }

        """

    /// The perspectives report: the question-by-perspective table and what each said, compact in print.
    static let perspectivesStylesheet = """
        .ratings .c-q { width: 40%; }
        .ratings td, .ratings th { font-size: .85rem; }
        @media print {
          main { font-size: 9pt; }
          .ratings td, .ratings th { font-size: 8pt; padding: .1rem .3rem; line-height: 1.25; }
          .ratings tr { break-inside: avoid; }
          .said h3 { font-size: 9.5pt; margin: .5rem 0 .1rem; }
          .said ul { margin: .1rem 0 .3rem; padding-left: 1.1rem; }
          .said li { margin: 0 0 .1rem; }
        }

        """

    /// The paper questionnaire: several questions to a page, ruled lines to write on.
    static let paperStylesheet = """
        .paper h3 { font-size: 1rem; }
        .paper .help { margin: .2rem 0; font-size: .92rem; }
        .paper .facts { margin: .2rem 0; color: var(--muted); font-size: .85rem; }
        .duty-mark { display: inline-block; border: 1.5px solid var(--risk); color: var(--risk); font-size: .8em; padding: 0 .3em; border-radius: 3px; text-transform: uppercase; letter-spacing: .03em; }
        .ruled > div { height: 7mm; border-bottom: 1px solid var(--muted); display: flex; align-items: flex-end; }
        .ruled .write-label { margin: 0 0 .05rem; font-size: .85rem; }
        .paper .choices .write-label { margin: 0; }
        .signoff td { height: 2.4rem; }
        .signoff .c-who { width: 17%; } .signoff .c-date { width: 18%; }
        .sources ul { padding-left: 1rem; }
        .scale .c-resp { width: 30%; } .scale .c-pts { width: 12%; }
        @media print {
          header, .front { font-size: 9pt; }
          .front table { font-size: 8.5pt; line-height: 1.3; }
          .front li { margin: 0; }
          .front .write-in.short { min-height: 1.6rem; }
          .stage-section > p { break-after: avoid; }
          .paper { font-size: 9pt; padding: .3rem .6rem; margin: .35rem 0; line-height: 1.3; }
          .paper h3 { font-size: 10pt; margin: 0 0 .15rem; }
          .paper .help { font-size: 8.5pt; margin: .1rem 0; }
          .paper .facts { font-size: 7.5pt; margin: .1rem 0; }
          .paper .write-label { margin: .2rem 0 0; font-size: 8.5pt; }
          .paper .choices { margin: .1rem 0; gap: .1rem .7rem; font-size: 8pt; }
          .paper { break-inside: auto; }
          .paper .about, .paper .ruled { break-inside: avoid; }
          .paper .choices { break-after: avoid; }
          .paper .ruled > div { height: 6.35mm; }
          .paper .ruled .write-label { font-size: 8pt; color: var(--muted); }
          .sources { font-size: 8pt; }
          .sources ul { columns: 2; column-gap: 7mm; margin: 0; }
          .sources li { break-inside: avoid; }
        }

        """

    /// The Easy Read questionnaire: one question to a block with its picture beside it, big tick
    /// boxes and answer buttons, lines to write on; no block splits across pages.
    static var easyReadFormStylesheet: String { BrowserFiles.easyReadFormCSS }

    /// Easy Read: large type, generous spacing, no italics, everything left-aligned.
    static let easyReadStylesheet = """
        body { font-size: 1.35rem; line-height: 1.5; max-width: 44rem; }
        h1 { font-size: 2rem; } h2 { font-size: 1.6rem; margin-top: 2.2rem; }
        em, i { font-style: normal; }
        p, li { text-align: left; margin: .6rem 0; }
        ul { padding-left: 1.4rem; }
        li { margin-bottom: 1rem; }
        @media print {
          html { font-size: 16pt; }
          body { font-size: 16pt; line-height: 1.5; }
          h1 { font-size: 24pt; } h2 { font-size: 20pt; }
          li { break-inside: avoid; }
        }

        """
}
