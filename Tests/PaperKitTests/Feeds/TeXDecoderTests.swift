import Testing
@testable import PaperKit

struct TeXDecoderTests {
    @Test(arguments: [
        (#"Ren\'e Dost"#, "René Dost"),
        (#"P\"oschl-Teller"#, "Pöschl-Teller"),
        (#"C. Bal\'azs"#, "C. Balázs"),
        (#"M{\"u}ller"#, "Müller"),
        (#"M\"{u}ller"#, "Müller"),
        (#"Fran\c{c}ois"#, "François"),
        (#"Ho\v{s}ek"#, "Hošek"),
        (#"Stra\ss e"#, "Straße"),
        (#"Bj\o rn"#, "Bjørn"),
        (#"{\o}rsted"#, "ørsted"),
        (#"\aa ngstr\"om"#, "ångström"),
        (#"Espa\~na"#, "España"),
        (#"H\^otel"#, "Hôtel"),
        (#"Caf\`e"#, "Cafè"),
        (#"D{\'e}cembre"#, "Décembre"),
        (#"Victor C\u{a}rbune"#, "Victor Cărbune"),
        (#"Ka{â}niche"#, "Kaâniche"),
        (#"\'{\i}ndice"#, "índice"),
        (#"VQE for Ising Model \& A Comparative Analysis"#, "VQE for Ising Model & A Comparative Analysis"),
        ("no TeX at all", "no TeX at all"),
        ("Yaşar Utku Alçalar", "Yaşar Utku Alçalar"),
    ])
    func decodesAccents(input: String, expected: String) {
        #expect(TeXDecoder.decode(input) == expected)
    }

    @Test(arguments: [
        "spin $1/2$ chains",
        #"$\bar{\bar{\varepsilon}}$-nearness"#,
        #"the $(k,\ell)$-pebble game"#,
        #"rate $\'e$ stays"#,
        #"\emph{unknown} commands stay"#,
    ])
    func leavesMathAndUnknownCommands(input: String) {
        #expect(TeXDecoder.decode(input) == input)
    }

    // Keynames and forenames of OAI arXiv-format records 0810.3125, 0802.2159, 0802.3570, 0804.0066, 0707.2506.
    @Test(arguments: [
        (#"\Lukasz D\kebowski"#, "Łukasz Dębowski"),
        (#"Are Hj\orungnes"#, "Are Hjørungnes"),
        (#"\Oyvind Ryan"#, "Øyvind Ryan"),
        (#"Harald S\ondergaard"#, "Harald Søndergaard"),
        (#"Fran\ccois Charpillet"#, "François Charpillet"),
        (#"Ana-Sun\v{c}ana Smith"#, "Ana-Sunčana Smith"),
    ])
    func namesReadCommandsGluedToTheirLetters(input: String, expected: String) {
        #expect(TeXDecoder.decodeName(input) == expected)
    }

    @Test func textKeepsMacrosThatStartLikeACommand() {
        // cs.CV-2026-04-21.json: an abstract's own macro, not `\O` + "urs".
        let text = #"To address this, we propose \Ours, the first framework"#
        #expect(TeXDecoder.decode(text) == text)
        #expect(TeXDecoder.decodeName(#"\emph{unknown}"#) == #"\emph{unknown}"#)
        // 0802.3570's forename with a footnote mark: the mark is no glued `\d` on `a`.
        #expect(TeXDecoder.decodeName(#"\Oyvind\dag"#) == #"Øyvind\dag"#)
    }

    @Test(arguments: [
        (#"\\Ajinkya Umesh Mulik"#, "Ajinkya Umesh Mulik"),  // daily-crawl 2025-06-07, 2506.05195
        (#"first line\\ second line"#, "first line second line"),
    ])
    func lineBreaksAreNoText(input: String, expected: String) {
        #expect(TeXDecoder.decode(input) == expected)
    }

    @Test func mathKeepsEscapedDollarOutside() {
        #expect(TeXDecoder.decode(#"costs \$5 and $x\'$ then Ren\'e"#) == #"costs $5 and $x\'$ then René"#)
    }
}
