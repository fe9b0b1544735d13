import AkteCase
import Testing
@testable import AkteRules

@Suite struct VoteTests {
    static let sixteen = ["Ann Theys", "Ludo Neyens", "Alex Helsen", "Lise Poelemans", "Jan Herthogs", "Lode Stevens",
                          "Lindsey Kees", "Ann Gillis", "Jonas Celis", "Vera Govaerts", "Yve Staes", "Ludo van der Velden",
                          "Eva Pierets", "Koen Roskams", "Kelly Joris", "Frank Gys"]

    @Test("Wommelgem minutes: the line `16 stemmen voor: …` exactly as the seed writes it")
    func seedLine() {
        let outcome = Votes.evaluate(inFavour: Self.sixteen, against: [], abstentions: [], rule: .rejected)
        #expect(outcome.dutchLines == ["16 stemmen voor: Ann Theys, Ludo Neyens, Alex Helsen, Lise Poelemans, Jan Herthogs, Lode Stevens, Lindsey Kees, Ann Gillis, Jonas Celis, Vera Govaerts, Yve Staes, Ludo van der Velden, Eva Pierets, Koen Roskams, Kelly Joris en Frank Gys."])
        #expect(outcome.result == .adopted)
        #expect(outcome.unanimous)
    }

    @Test("Seed: `13 stemmen voor: …` and `3 onthoudingen: Lindsey Kees, Yve Staes en Ludo van der Velden.`")
    func abstentionsLine() {
        let abstaining = ["Lindsey Kees", "Yve Staes", "Ludo van der Velden"]
        let outcome = Votes.evaluate(inFavour: Self.sixteen.filter { !abstaining.contains($0) }, against: [], abstentions: abstaining, rule: .rejected)
        #expect(outcome.dutchLines[1] == "3 onthoudingen: Lindsey Kees, Yve Staes en Ludo van der Velden.")
        #expect(outcome.dutchLines[0].hasPrefix("13 stemmen voor: Ann Theys, "))
        #expect(!outcome.unanimous)
    }

    @Test("Singular forms: `1 stem voor`, `1 stem tegen`, `1 onthouding`")
    func singular() {
        let outcome = Votes.evaluate(inFavour: ["A"], against: ["B"], abstentions: ["C"], rule: .rejected)
        #expect(outcome.dutchLines == ["1 stem voor: A.", "1 stem tegen: B.", "1 onthouding: C."])
    }

    @Test("Reglement art. 24 §2: absolute majority of valid votes, abstentions not counted")
    func abstentionsDoNotCount() {
        let outcome = Votes.evaluate(inFavour: ["A", "B"], against: ["C"], abstentions: ["D", "E", "F"], rule: .rejected)
        #expect(outcome.result == .adopted)
        #expect(outcome.validVotes == 3)
    }

    @Test("Reglement art. 24 §2, 27 §2: in the council a tie rejects, the chair's vote does not decide")
    func councilTie() {
        let outcome = Votes.evaluate(inFavour: ["Chair", "B"], against: ["C", "D"], abstentions: [], rule: .rejected, chairVote: .inFavour)
        #expect(outcome.tie)
        #expect(outcome.result == .rejected)
        #expect(!outcome.decidedByChair)
    }

    @Test("Kinrooi art. 6: in the commission a tie is decided by the chair's vote", arguments: [
        (VoteChoice.inFavour, VoteResult.adopted), (.against, .rejected),
    ])
    func commissionTie(chair: VoteChoice, expected: VoteResult) {
        let outcome = Votes.evaluate(inFavour: ["A", "B"], against: ["C", "D"], abstentions: [], rule: .chairDecides, chairVote: chair)
        #expect(outcome.result == expected)
        #expect(outcome.decidedByChair)
    }

    @Test("Kinrooi art. 6: a tie with the chair abstaining cannot be settled by the chair")
    func chairAbstains() {
        let outcome = Votes.evaluate(inFavour: ["A"], against: ["B"], abstentions: ["Chair"], rule: .chairDecides, chairVote: .abstain)
        #expect(outcome.result == .rejected)
        #expect(!outcome.decidedByChair)
    }

    @Test("Reglement art. 26 §4, 28: a secret vote gives counts only")
    func secret() {
        let outcome = Votes.evaluate(inFavour: [], against: [], abstentions: [], counts: VoteCounts(inFavour: 12, against: 1, abstentions: 2), secret: true, rule: .rejected)
        #expect(outcome.dutchLines == ["Bij geheime stemming: 12 stemmen voor, 1 stem tegen en 2 onthoudingen."])
        #expect(outcome.result == .adopted)
    }

    @Test func noMajority() {
        let outcome = Votes.evaluate(inFavour: ["A"], against: ["B", "C"], abstentions: [], rule: .chairDecides, chairVote: .inFavour)
        #expect(outcome.result == .rejected)
        #expect(!outcome.tie)
    }
}
