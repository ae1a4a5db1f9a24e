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

    @Test func mathKeepsEscapedDollarOutside() {
        #expect(TeXDecoder.decode(#"costs \$5 and $x\'$ then Ren\'e"#) == #"costs $5 and $x\'$ then René"#)
    }
}
