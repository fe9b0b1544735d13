/// "Did you mean …?" for every strict input of akte: unknown keys in case files and profiles,
/// unknown ids, and unknown template keys. One implementation, so every message suggests alike.
public enum Suggestion {
    /// The candidate with the smallest edit distance (ignoring case) to `word`, if it is at most
    /// `maximumDistance` away; ties go to the alphabetically first candidate, so messages are stable.
    public static func closest(to word: String, among candidates: [String], maximumDistance: Int) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in Set(candidates).sorted() {
            let distance = editDistance(word, candidate)
            if distance <= maximumDistance, best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance, ignoring case.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
