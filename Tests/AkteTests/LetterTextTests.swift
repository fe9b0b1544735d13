import Akte
import AkteODF
import AkteTestSupport
import Foundation
import Testing

/// Issue 10, findings 4, 5, 10 and 12: the letters the procedure calls for, and what their text must (not) say.
/// Expected wording comes from the seeds (Tests/Seeds: 002 Wommelgem, 003 Kinrooi), cited per test.
@Suite("generate: letters and their wording (issue 10)")
struct LetterTextTests {
    /// The .txt of every document of an example (optionally edited), by file name.
    static func texts(_ example: String, _ edits: [(String, String)] = []) throws -> [String: String] {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = edits.isEmpty ? Examples.folder.appendingPathComponent(example) : try Examples.edited(example, in: folder, edits)
        let result = try Examples.generate(file, out: folder.appendingPathComponent("out"), formats: [.txt])
        var texts: [String: String] = [:]
        for document in result.written {
            texts[document.url.deletingPathExtension().lastPathComponent] = try String(contentsOf: document.url, encoding: .utf8)
        }
        return texts
    }

    // MARK: - Finding 4: every letter the procedure calls for, never to its own signatory

    @Test("a witness gets an invitation (Wommelgem art. 46 §5: the commission may call witnesses; art. 52: nobody can be obliged)")
    func witnessInvitation() throws {
        let texts = try Self.texts(Examples.wommelgem)
        let letter = try #require(texts["02-uitnodiging-getuige-2025-09-04-inge-bosmans"])
        #expect(letter.contains("Geachte mevrouw Bosmans,"))
        #expect(letter.contains("artikel 46, § 5 en artikel 52 van de deontologische code"))
        #expect(letter.contains("niemand kan ertoe verplicht worden gehoord te worden"))
        #expect(letter.contains("donderdag 4 september 2025"))
        // Discretion towards the alleged violator (art. 46 §6): the witness is not told who is concerned.
        #expect(!letter.contains("Pieter De Smet") && !letter.contains("Wim Janssens"))
    }

    @Test("no convocation, invitation or notification is addressed to the person who signs it")
    func noLetterToItsSignatory() throws {
        // Wommelgem art. 46 §1: the chair convenes (and signs alone); Kinrooi art. 3, 4, 6: the chair with the secretary.
        let wommelgem = try Self.texts(Examples.wommelgem), kinrooi = try Self.texts(Examples.kinrooi)
        for (texts, signatories) in [(wommelgem, ["Ann Verstraeten"]), (kinrooi, ["Griet Vandael", "Dries Timmermans"])] {
            for (name, text) in texts where name.contains("oproeping") || name.contains("uitnodiging") || name.contains("kennisgeving") {
                // The art. 11 notification of the report is signed by the chair alone and goes to the secretary.
                let signatories = name.contains("kennisgeving-melding") ? ["Griet Vandael"] : signatories
                let addressee = text.components(separatedBy: "VERTROUWELIJK\n\n").dropFirst().first?.split(separator: "\n").first.map(String.init) ?? ""
                #expect(!signatories.contains(addressee), "\(name) is addressed to its signatory \(addressee)")
                #expect(!addressee.isEmpty, "\(name): no addressee found")
            }
        }
        #expect(wommelgem.keys.filter { $0.hasPrefix("01-oproeping-") }.count == 12, "six members other than the chair, two meetings")
        #expect(kinrooi["04-kennisgeving-griet-vandael"] == nil)
        #expect(kinrooi["04-kennisgeving-tine-bouwens"] != nil, "the chair of the college is still told (Kinrooi art. 8)")
    }

    @Test("Kinrooi art. 11: the chair tells the algemeen directeur and the chair of the college of the complaint, without delay")
    func kinrooiReportNotification() throws {
        let texts = try Self.texts(Examples.kinrooi)
        let names = texts.keys.filter { $0.hasPrefix("01-kennisgeving-melding-") }.sorted()
        // Art. 11 names the algemeen directeur, the council chair and the college chair; the council chair chairs the
        // commission (art. 2) and writes the letter, so she is not among its addressees.
        #expect(names == ["01-kennisgeving-melding-dries-timmermans", "01-kennisgeving-melding-tine-bouwens"])
        let letter = try #require(texts["01-kennisgeving-melding-tine-bouwens"])
        #expect(letter.contains("Lindeloo, 15 september 2025"), "onverwijld: dated the day the complaint was received")
        #expect(letter.contains("artikel 11 van het huishoudelijk reglement van de deontologische commissie"))
        #expect(letter.contains("als voorzitter van het college van burgemeester en schepenen"))
        #expect(letter.contains("De klacht heeft betrekking op de heer Bram Geraets."))
        #expect(letter.hasSuffix("De voorzitter,\nGriet Vandael\n") && !letter.contains("De secretaris,"))
    }

    @Test("Kinrooi art. 8, 11: a complaint about a mandatary's staff member is also told to the alderman or fraction leader")
    func kinrooiStaffMember() throws {
        let texts = try Self.texts(Examples.kinrooi, [
            ("  - {id: eline,", "  - {id: lien, name: Lien Smeets, surname: Smeets, form: mevrouw, mandate: kabinetsmedewerker, address: \"Kerkstraat 2, 3999 Lindeloo\"}\n  - {id: eline,"),
            ("  respondent: bram\n", "  respondent: lien\n  staffMemberOf: ilse\n"),
            ("  - {meeting: tweede, person: bram, role: vermeende-schender", "  - {meeting: tweede, person: lien, role: vermeende-schender"),
        ])
        let report = try #require(texts["01-kennisgeving-melding-ilse-bongaerts"])
        #expect(report.contains("als schepen of fractievoorzitter van de betrokken medewerker"))
        #expect(report.contains("betrekking op mevrouw Lien Smeets, die als medewerker onder uw verantwoordelijkheid valt"))
        // The decision is founded: "ook de beslissing van de commissie ter kennis gebracht" (art. 8), with its motivation.
        let decision = try #require(texts["04-kennisgeving-ilse-bongaerts"])
        #expect(decision.contains("als schepen of fractievoorzitter van de medewerker over wie de klacht gaat"))
        #expect(decision.contains("De beslissing is als volgt gemotiveerd:"))
    }

    @Test("Wommelgem art. 52: an inadmissible report ends the procedure and the members are informed by the two who decided")
    func inadmissibleReport() throws {
        let texts = try Self.texts(Examples.wommelgem, [PDFTests.branches[0]])
        let notices = texts.keys.filter { $0.hasPrefix("03-onontvankelijkheid-") }
        // The sitting members but the council chair, who decided with the algemeen directeur and signs.
        #expect(Set(notices) == Set(["koen-mertens", "lotte-claes", "sofie-goossens", "jan-van-dyck", "nora-el-amrani", "dirk-hermans"].map { "03-onontvankelijkheid-\($0)" }))
        let notice = try #require(texts["03-onontvankelijkheid-jan-van-dyck"])
        #expect(notice.contains("Overeenkomstig artikel 52 van de deontologische code brengen wij u als lid van de deontologische commissie"))
        #expect(notice.contains("na een vooronderzoek op 7 juli 2025 onontvankelijk hebben verklaard"))
        #expect(notice.contains("Dat betekent het einde van de procedure"))
        #expect(notice.contains("De algemeen directeur,\nKatrien Vermeulen") && notice.contains("Ann Verstraeten"))
        #expect(!notice.contains("Pieter De Smet") && !notice.contains("Wim Janssens"), "the notice names no party")
    }

    @Test("Wommelgem art. 53: a council departing from the advice first invites the respondent to be heard by the council")
    func councilHearing() throws {
        let texts = try Self.texts(Examples.wommelgem, [PDFTests.branches[1]])
        let letter = try #require(texts["04-uitnodiging-raad-2025-10-20-pieter-de-smet"])
        #expect(letter.contains("Geachte heer De Smet,"))
        #expect(letter.contains("door de raad zelf gehoord te worden, vooraleer hij ten gronde besluit (artikel 53 van de deontologische code)"))
        #expect(letter.contains("Datum: maandag 20 oktober 2025"))
        #expect(letter.contains("Heidebeek, 12 oktober 2025"), "with the council's convocation, eight days before (reglement art. 2)")
        #expect(letter.contains("Namens de gemeenteraad,"))
        #expect(try Self.texts(Examples.wommelgem)["04-uitnodiging-raad-2025-10-20-pieter-de-smet"] == nil, "a council that follows the advice hears nobody")
    }

    @Test("the letters of the other branches are conforming ODF 1.3 (inadmissible report, council departing from the advice, staff member)")
    func branchLettersConform() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let validator = try PackageValidator()
        var kinds = Set<ArtefactKind>()
        for (index, edit) in PDFTests.branches.enumerated() {
            let edited = folder.appendingPathComponent("case-\(index)")
            try FileManager.default.createDirectory(at: edited, withIntermediateDirectories: true)
            let file = try Examples.edited(Examples.wommelgem, in: edited, [edit])
            let result = try Examples.generate(file, out: edited.appendingPathComponent("out"), formats: [.odt])
            for document in result.written {
                kinds.insert(document.kind)
                let report = try validator.validate(contentsOf: document.url)
                #expect(report.conformance == .conforming, "\(document.url.lastPathComponent): \(report.problems.prefix(3))")
            }
        }
        #expect(kinds.isSuperset(of: [.onontvankelijkheid, .uitnodigingRaad]))
    }

    // MARK: - Finding 5: Kinrooi is not written in the Wommelgem model

    @Test("Kinrooi: the commission itself declares admissibility (art. 6), so no earlier letter or history row says it was declared")
    func kinrooiAdmissibility() throws {
        let texts = try Self.texts(Examples.kinrooi)
        let decision = try #require(texts["03-beslissing-commissie"])
        #expect(!decision.contains("- 18 september 2025: klacht ontvankelijk verklaard"))
        #expect(decision.contains("- 18 september 2025: klacht na vooronderzoek aan de commissie voorgelegd"))
        #expect(decision.contains("De klacht van 15 september 2025 wordt ontvankelijk verklaard."))
        let invitation = try #require(texts["02-uitnodiging-hoorzitting-2025-10-16-sanne-coenen"])
        #expect(!invitation.contains("werd ontvankelijk verklaard"))
        #expect(invitation.contains("onderzoekt de klacht en beslist over de ontvankelijkheid en de gegrondheid ervan"))
    }

    @Test("Kinrooi minutes allow no remarks after the meeting that approves them (art. 7: approved at the next meeting)")
    func kinrooiRemarksBeforeApproval() throws {
        let texts = try Self.texts(Examples.kinrooi)
        // Meeting of 2 October; minutes sent by 16 October (ten working days); five working days after receipt
        // end on 23 October, a week after the meeting of 16 October that approves them.
        let minutes = try #require(texts["06-verslag-2025-10-02"])
        #expect(!minutes.contains("dit is uiterlijk op donderdag 23 oktober 2025"))
        #expect(minutes.contains("opmerkingen worden uiterlijk op die vergadering gemeld"))
        // Art. 7 "op de volgende vergadering definitief goedgekeurd": the profile's sentence, then that meeting's date.
        #expect(minutes.contains("voorgelegd op de volgende vergadering. De volgende vergadering is gepland op donderdag 16 oktober 2025."))
        // With the next meeting after the remarks period, the period's last day is stated as before.
        // (Friday 24 October: still before the council takes note on 27 October, art. 8.)
        let later = try Self.texts(Examples.kinrooi, [("    date: 2025-10-16\n", "    date: 2025-10-24\n")])
        let minutesLater = try #require(later["06-verslag-2025-10-02"])
        #expect(minutesLater.contains("dit is uiterlijk op donderdag 23 oktober 2025"))
    }

    @Test("Kinrooi: the council item takes note of the commission's decision (art. 1: the commission decides; art. 8: 'voor kennisname')")
    func kinrooiCouncilTakesNote() throws {
        let texts = try Self.texts(Examples.kinrooi)
        for name in ["04-agendapunt-gemeenteraad-2025-10-27", "05-besluit-gemeenteraad-2025-10-27"] {
            let item = try #require(texts[name])
            #expect(!item.contains("gemotiveerd advies") && !item.contains("Adviezen"), "\(name) is written in the advice model")
            #expect(!item.contains("afwijken") && !item.contains("wijkt af"), "\(name)")
            #expect(item.contains("op de eerstvolgende gemeenteraad voor kennisname (artikel 1 en artikel 8 van het huishoudelijk reglement"))
            #expect(item.contains("De deontologische commissie van de gemeenteraad verklaarde de klacht op 16 oktober 2025 gegrond."))
            #expect(item.contains("Het huishoudelijk reglement van de deontologische commissie, bij de deontologische code"))
        }
        // Nobody votes on taking note: no empty vote outcome, no line about a vote the respondent (excused) stays out of.
        let extract = try #require(texts["05-besluit-gemeenteraad-2025-10-27"])
        #expect(!extract.contains("neemt niet deel"))
        #expect(extract.contains("Verontschuldigd:\nBram Geraets, raadslid;"))
    }

    // MARK: - Finding 10: the signed decision is a complete extract of the minutes

    @Test("the signed decision opens with the attendance as the minutes do (seed 002: Aanwezig / Verontschuldigd / Afwezig)")
    func councilAttendance() throws {
        let texts = try Self.texts(Examples.wommelgem, [(
            "present: [ann, veerle, pieter, liesbeth, geert, koen, lotte, bart, els, rik, sara, frank, sofie, marc, leen, jan, hilde, luc, nora, tom, wim, dirk, greet, katrien]",
            "present: [ann, veerle, pieter, liesbeth, geert, koen, lotte, bart, els, rik, sara, frank, sofie, marc, leen, jan, hilde, luc, nora, tom, wim, katrien]\n  excused: [dirk]\n  absent: [greet]")])
        let decision = try #require(texts["05-besluit-gemeenteraad-2025-10-20"])
        // Seed 002: "Aanwezig:" then one line per function, names comma-separated, the function in the plural, ";".
        #expect(decision.contains("""
            Aanwezig:
            Ann Verstraeten, voorzitter;
            Veerle Thys, burgemeester;
            Pieter De Smet, Liesbeth Goris, Geert Van Looy, schepenen;
            """))
        #expect(decision.contains(", Tom Willems, Wim Janssens, raadsleden;\nKatrien Vermeulen, algemeen directeur;\nVerontschuldigd:\nDirk Hermans, raadslid;\nAfwezig:\nGreet Aerts, raadslid;\n"))
    }

    @Test("the signed decision says the respondent took no part, and counts 'op' the validly cast votes")
    func councilVoteLine() throws {
        let decision = try #require(try Self.texts(Examples.wommelgem)["05-besluit-gemeenteraad-2025-10-20"])
        #expect(decision.contains("Pieter De Smet neemt niet deel aan de beraadslaging en de stemming over dit punt."))
        // Reglement art. 27: the absolute majority of the validly cast votes, abstentions not counted.
        #expect(decision.contains("aangenomen met 17 stemmen voor en 2 stemmen tegen, op 19 geldig uitgebrachte stemmen"))
        #expect(!decision.contains("van 19 geldig uitgebrachte stemmen"))
    }

    // MARK: - Finding 12: language

    @Test("the chair convenes the member, not 'als lid' (Wommelgem art. 46 §1: the chair is responsible for the convocation)")
    func chairConvenes() throws {
        let letter = try #require(try Self.texts(Examples.wommelgem)["01-oproeping-2025-09-04-koen-mertens"])
        #expect(letter.contains("Als voorzitter van de deontologische commissie van de gemeenteraad roep ik u op tot de vergadering"))
        #expect(!letter.contains("Als lid van"))
    }

    @Test("letters signed by the chair and the secretary say 'wij', never 'ik' (Kinrooi art. 4, 6)")
    func twoSignatoriesSayWe() throws {
        let texts = try Self.texts(Examples.kinrooi)
        // (The art. 11 notification of the report is the chair's alone: kinrooiReportNotification.)
        let letters = texts.filter { ($0.key.contains("oproeping") || $0.key.contains("uitnodiging") || $0.key.contains("kennisgeving"))
            && !$0.key.contains("kennisgeving-melding") }
        #expect(letters.count >= 16)
        for (name, text) in letters {
            #expect(text.range(of: "\\b[Ii]k\\b", options: .regularExpression) == nil, "\(name) says 'ik'")
            #expect(text.contains("De secretaris,\nDries Timmermans"), "\(name) is not co-signed")
        }
        #expect(try #require(texts["01-oproeping-2025-10-16-wout-nijs"]).contains("Wij roepen u op tot de vergadering"))
        #expect(try #require(texts["02-uitnodiging-hoorzitting-2025-10-16-bram-geraets"]).contains("Wij nodigen u daarom uit"))
    }

    @Test("Kinrooi letters name the parties as the decision does: 'klager' and 'betrokken mandataris' (art. 10: melder of klager)")
    func kinrooiRoles() throws {
        let texts = try Self.texts(Examples.kinrooi)
        let decision = try #require(texts["03-beslissing-commissie"])
        #expect(decision.contains("Klager: Sanne Coenen") && decision.contains("Betrokken mandataris: Bram Geraets"))
        for name in ["02-uitnodiging-hoorzitting-2025-10-16-sanne-coenen", "02-uitnodiging-hoorzitting-2025-10-16-bram-geraets"] {
            let letter = try #require(texts[name])
            #expect(letter.contains("zowel de klager als de betrokken mandataris de kans om gehoord te worden"), "\(name)")
            #expect(!letter.contains("melder") && !letter.contains("vermeende schender"), "\(name)")
        }
    }

    @Test("an advice's minutes put a dissent in the advice, not in 'the decision' (Wommelgem art. 52: a motivated advice)")
    func dissentInTheAdvice() throws {
        let minutes = try #require(try Self.texts(Examples.wommelgem, [("      - Er worden geen opmerkingen gemaakt; het verslag wordt goedgekeurd.\n      - >-\n        De commissie bespreekt de verklaringen van de hoorzitting en de e-mail van 12 juni 2025. Een lid vindt dat\n        het contact louter informatief was. De meerderheid ziet een begunstigings- en bespoedigingstussenkomst.\n", "      - Er worden geen opmerkingen gemaakt; het verslag wordt goedgekeurd.\n")])["06-verslag-2025-09-18"])
        #expect(minutes.contains("Een afwijkend standpunt wordt in het advies opgenomen."))
        #expect(!minutes.contains("in de beslissing"))
    }
}
