/// The commented starter files `akte init` writes. They load as they are; replace every value.
public enum StarterFiles {
    public static let commission = #"""
# akte case file: a case before the deontological commission. Format: docs/case-file.md.
# Dates are YYYY-MM-DD, times HH:MM. People are declared once under `people` and named by id.
kind: commissie
profile: wommelgem-2023            # a shipped profile (wommelgem-2023, kinrooi-2025) or a path to one

municipality:
  name: Mijngemeente
  address: Marktplein 1, 9999 Mijngemeente   # the town hall
body: gemeenteraad                 # gemeenteraad | ocmw-raad
# summerSuspension: true          # only for a profile whose rules say the terms *may* be suspended (Kinrooi art. 16,
                                   # July and August); not given: none applied, check shows both deadlines
# councilSize: 19                  # optional: defaults to the fractions' seats + independents

people:                            # id, name; optional: surname, form (mevrouw|heer|neutraal),
                                   # address, email, mandate, fraction
  - {id: voorzitter, name: An Voorbeeld, surname: Voorbeeld, form: mevrouw, fraction: Partij A, mandate: voorzitter van de gemeenteraad}
  - {id: a2, name: Bert Aerts, surname: Aerts, form: heer, fraction: Partij A, mandate: gemeenteraadslid}
  - {id: a3, name: Carla Bosmans, surname: Bosmans, form: mevrouw, fraction: Partij A, mandate: gemeenteraadslid}
  - {id: a4, name: Dirk Claes, surname: Claes, form: heer, fraction: Partij A, mandate: gemeenteraadslid}
  - {id: b1, name: Eva De Wit, surname: De Wit, form: mevrouw, fraction: Partij B, mandate: schepen}
  - {id: b2, name: Filip Dierckx, surname: Dierckx, form: heer, fraction: Partij B, mandate: gemeenteraadslid}
  - {id: c1, name: Greet Elst, surname: Elst, form: mevrouw, fraction: Partij C, mandate: gemeenteraadslid, address: "Dorpstraat 1, 9999 Mijngemeente"}
  - {id: c2, name: Hans Fierens, surname: Fierens, form: heer, fraction: Partij C, mandate: gemeenteraadslid}
  - {id: c3, name: Ines Goris, surname: Goris, form: mevrouw, fraction: Partij C, mandate: gemeenteraadslid}
  - {id: d1, name: Jan Hendrickx, surname: Hendrickx, form: heer, fraction: Partij D, mandate: gemeenteraadslid, address: "Kerkstraat 2, 9999 Mijngemeente"}
  - {id: d2, name: Karen Jacobs, surname: Jacobs, form: mevrouw, fraction: Partij D, mandate: gemeenteraadslid}
  - {id: ad, name: Luc Kempen, surname: Kempen, form: heer, mandate: algemeen directeur}

fractions:                         # name, council seats, coalition (in the college?), commission
                                   # members in the order of the deed of nomination, ordered substitutes
  - {name: Partij A, seats: 8, coalition: true, members: [voorzitter, a2, a3], substitutes: [a4]}
  - {name: Partij B, seats: 3, coalition: true, members: [b1], substitutes: [b2]}
  - {name: Partij C, seats: 5, coalition: false, members: [c1, c2], substitutes: [c3]}
  - {name: Partij D, seats: 3, coalition: false, members: [d1], substitutes: [d2]}
independents: []                   # ids of independent councillors (no fraction, no seat)
# seatTieBreak: [Partij C, Partij D]   # only if the council decided how to break a tie in remainders

chair: voorzitter                  # the council chair, who chairs the commission
deputyChair: a2                    # replaces the chair when the report concerns the chair
secretary: ad                      # the algemeen directeur
deputySecretaries: []

case:
  number: DC-2025-01
  subject: Korte omschrijving van de melding
  reportKind: melding              # melding | klacht
  reportReceived: 2025-03-03
  preliminaryExamination: 2025-03-05
  admissibility: {date: 2025-03-06, admissible: true}
  reporter: d1                     # the person who reports (melder)
  respondent: c1                   # the alleged violator (vermeende schender)
  # staffMemberOf: c2              # the respondent is a mandatary's staff member: the id of that alderman or
                                   # fraction leader, who is told of the report and of a founded decision
  articles: ["12"]                 # the articles of the code concerned
  facts:
    - Wat er gebeurde, met data.

meetings:
  - id: eerste
    date: 2025-03-27
    time: "19:30"
    place: {name: de raadzaal, address: "Marktplein 1, 9999 Mijngemeente"}   # name: a phrase after "in"
    plannedSending: 2025-03-14      # checked against the notice period
    urgent: false                  # true needs urgencyMotivation
    agenda: ["Dossier DC-2025-01: horen van de melder en de vermeende schender"]   # optional: documentsAt, gist (per item, for the minutes)
    # request:                     # convened at the request of members (Wommelgem art. 46 §1: at least a third;
    #   date: 2025-03-10           # Kinrooi art. 3: within eight calendar days, with a proposed agenda)
    #   by: [a2, a3, b1]
    #   proposedAgenda: ["…"]

hearings:                          # role: melder | vermeende-schender | getuige; status: gehoord | weigerde | afwezig
  - {meeting: eerste, person: d1, role: melder, status: gehoord}
  - {meeting: eerste, person: c1, role: vermeende-schender, status: gehoord}
witnesses: []

votes: []                          # {id, body: commissie|raad, subject, meeting or date, for/against/abstain: [ids]}
                                   # a secret vote: secret: true, counts: {for: 5, against: 2, abstain: 0}
# assessment: {meeting: eerste, conclusion: schending, motivation: ["…"], articles: {"42": "beoordeling van art. 42"}, vote: advies}
# decision: {date: 2025-04-28, title: "…", breach: true, followsAdvice: true, articles: ["…"], vote: raad,
#            present: [c1, c2], excused: [], absent: []}   # attendance, as the extract of the minutes prints it
#   when the council chair is the respondent, add actingChair: <id of who chaired the council for this item and signs>
"""#

    /// An advice on the code and its application (`kind: advies`): the commission as in `commission`, with an
    /// `advice:` section in place of `case:` (Wommelgem art. 47, 54; Kinrooi art. 13–15).
    public static let advice = #"""
# akte case file: an advice of the deontological commission on the code and its application. Format:
# docs/case-file.md ("Advice procedure"). The commission is described as in a commission case.
kind: advies
profile: wommelgem-2023            # a shipped profile (wommelgem-2023, kinrooi-2025) or a path to one

municipality:
  name: Mijngemeente
  address: Marktplein 1, 9999 Mijngemeente   # the town hall
body: gemeenteraad                 # gemeenteraad | ocmw-raad
# summerSuspension: false          # Kinrooi art. 16: whether the terms for advices are suspended in July and August

people:
  - {id: voorzitter, name: An Voorbeeld, surname: Voorbeeld, form: mevrouw, fraction: Partij A, mandate: voorzitter van de gemeenteraad}
  - {id: a2, name: Bert Aerts, surname: Aerts, form: heer, fraction: Partij A, mandate: gemeenteraadslid}
  - {id: a3, name: Carla Bosmans, surname: Bosmans, form: mevrouw, fraction: Partij A, mandate: gemeenteraadslid}
  - {id: b1, name: Eva De Wit, surname: De Wit, form: mevrouw, fraction: Partij B, mandate: schepen}
  - {id: c1, name: Greet Elst, surname: Elst, form: mevrouw, fraction: Partij C, mandate: gemeenteraadslid}
  - {id: c2, name: Hans Fierens, surname: Fierens, form: heer, fraction: Partij C, mandate: gemeenteraadslid}
  - {id: d1, name: Jan Hendrickx, surname: Hendrickx, form: heer, fraction: Partij D, mandate: gemeenteraadslid}
  - {id: bm, name: Mia Lambrechts, surname: Lambrechts, form: mevrouw, fraction: Partij A, mandate: burgemeester}
  - {id: ad, name: Luc Kempen, surname: Kempen, form: heer, mandate: algemeen directeur}

fractions:
  - {name: Partij A, seats: 8, coalition: true, members: [voorzitter, a2, a3]}
  - {name: Partij B, seats: 3, coalition: true, members: [b1]}
  - {name: Partij C, seats: 5, coalition: false, members: [c1, c2]}
  - {name: Partij D, seats: 3, coalition: false, members: [d1]}

chair: voorzitter
secretary: ad
collegeChair: bm                   # receives the advice where the rules say so (Kinrooi art. 15)

advice:
  number: ADV-2025-01
  by: raad                         # raad (the council asks) | eigen-initiatief (the commission's own initiative)
  date: 2025-03-03                 # the council's decision asking the advice (or the commission's decision)
  received: 2025-03-05             # optional: when the request reached the commission (the convening term runs from it)
  question: De vraag van de raad over de code en de toepassing ervan.
  onAgenda: 2025-03-27             # the day the question was put on the commission's agenda (the advice term runs from it)
  # extension: {requested: 2025-04-20, until: 2025-05-27, motivation: "…"}   # more time, at the commission's request
  advice:                          # once adopted: the meeting, the text (paragraphs) and the vote
    meeting: eerste
    vote: advies
    text:
      - De tekst van het advies.

meetings:
  - id: eerste
    date: 2025-03-27
    time: "19:30"
    place: {name: de raadzaal, address: "Marktplein 1, 9999 Mijngemeente"}
    plannedSending: 2025-03-14
    agenda: ["Adviesvraag ADV-2025-01 van de gemeenteraad"]

votes:
  - {id: advies, body: commissie, subject: vaststelling van het advies, meeting: eerste, for: [voorzitter, a2, a3, b1, c1, c2, d1]}
"""#

    public static let reflection = #"""
# akte case file: a session of the VVSG reflection chamber. Format: docs/case-file.md.
kind: reflectiekamer
number: RK-2025-01
date: 2025-03-12
time: "14:00"
place: {name: Vergaderzaal, address: "Straat 1, 1000 Brussel"}

caseBringer:                       # who brings the case, and their role
  name: Voornaam Achternaam
  function: schepen
  organisation: gemeente Voorbeeld

question: >-
  Wat is hier en nu het juiste, het integere dat mij te doen staat?
themes: [belangenvermenging]

participants:                      # role: casusinbrenger | deskundige | procesbegeleider | secretariaat | expert
  - {name: Voornaam Achternaam, role: casusinbrenger}
  - {name: Deskundige Een, role: deskundige, function: algemeen directeur}
  - {name: Deskundige Twee, role: deskundige, function: gemeenteraadsvoorzitter}
  - {name: Deskundige Drie, role: deskundige, function: beleidsmedewerker}
  - {name: Begeleider Naam, role: procesbegeleider}
  - {name: Secretaris Naam, role: secretariaat}

notes:                             # the session's notes, by heading
  - heading: De casus
    text: ["…"]
  - heading: Kritische vragen
    text: ["…"]

anonymise:                         # kind: persoon | gemeente | organisatie; optional replacement, variants
  - {kind: persoon, name: Voornaam Achternaam, replacement: de casusinbrenger}
  - {kind: gemeente, name: Voorbeeld}
copyToCaseBringer: false
"""#
}
