package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/hangul"
)

// Form says how the words after a quotation tie it to speech.
type Form uint8

// Forms of a quotation. NotSpeech is a quoted term, title or scare quote.
const (
	NotSpeech Form = iota
	// Quotative: a quotative ending that closes the report, “…”라고 말했다,
	// “…”고 밝혔다, “…했”다고 전했다.
	Quotative
	// Chained: an ending that goes on to another quotation or clause,
	// “…”라며, “…”며, “…”면서, “…있”다며.
	Chained
	// Adnominal: the quotation modifies a noun of speech, “…”라는 입장을
	//밝혔다, “…”는 발언을 했다, “…”는 등의 말을 했다.
	Adnominal
	// Object: a clause quoted as the object of a request, “…할 것”을
	// 촉구했다.
	Object
	// Standalone: a quoted sentence with nothing after it in its sentence;
	// it goes on with the words of the last speaker.
	Standalone
	// Listed: a quotation followed by a comma or by the next quotation,
	// “…”, “…”라고 말했다; it is speech when the next one is.
	Listed
	// Sayings: the last of quoted sayings given as examples, “…”, “…”
	// 등으로 비판했다.
	Sayings
	// Continued: the closing mark falls before the quoted clause's own
	// verb, which follows it (“…판단”해, ‘…감행’했다는).
	Continued
)

// continuesPredicate are the verb forms that complete a quoted clause
// right after its closing mark.
var continuesPredicate = map[string]bool{
	"해": true, "하여": true, "하며": true, "하면서": true, "했다": true, "하였다": true, "한다": true, "했고": true,
	"했으며": true, "한다는": true, "했다는": true, "하였다는": true, "한": true, "된다": true, "됐다": true, "된다는": true,
	"됐다는": true, "되었다": true, "되었다는": true, "하겠다": true, "하겠다는": true, "해야": true, "중": true,
}

// skipGloss returns the offset after a gloss in brackets or a footnote
// mark that stands right after a closing mark (“…”(Will you shut up)라는,
// “…”[7] 이와 같이): the words that tie the quotation to speech follow it.
// Without one it returns off.
func skipGloss(s string, off int) int {
	if off >= len(s) || s[off] != '(' && s[off] != '[' {
		return off
	}
	closer := byte(')')
	if s[off] == '[' {
		closer = ']'
	}
	for i := off + 1; i < len(s) && i < off+120; i++ {
		switch s[i] {
		case closer:
			return i + 1
		case '\n', '(', '[', '"':
			return off
		}
	}
	return off
}

// lightVerbForm reports whether w, written against the closing mark, is a
// form of 하다 or 되다 that makes a verb of the noun the quotation ends in
// (“…무력감을 자극”하려는, “…합의”하기로, “…지정”됐다).
func lightVerbForm(w string) bool {
	r := firstRune(w)
	return strings.ContainsRune("하했한할함해되됐된될돼", r) && syllableCount(w) >= 2
}

// endsInBareStem reports whether the quoted words end in a verb stem
// without its ending (“큰 틀에서는 맞”지만, “…있”다며): the closing mark
// splits the predicate, whose ending follows it.
func endsInBareStem(s string, p Pair) bool {
	a, b := p.Inner(s)
	inner := strings.TrimRight(s[a:b], " ")
	r, _ := utf8.DecodeLastRuneInString(inner)
	return strings.ContainsRune("맞있없않같싶", r) && Words(inner) >= 2
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

var formNames = [...]string{"not-speech", "quotative", "chained", "adnominal", "object", "standalone", "listed", "sayings", "continued"}

func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "form(?)"
}

// Reading is what the words after a quotation say about it.
type Reading struct {
	Form Form
	// Ending is the word after the closing mark that ties the quotation to
	// speech, as written (라고, 다며, 라는, 을), or "".
	Ending string
	// After is the byte offset just after Ending (after the closing mark
	// when Ending is "").
	After int
	// Noun is the word holding the noun of speech of an Adnominal reading
	// (발언을, 입장이다), and NounEnd the offset after it.
	Noun    string
	NounEnd int
}

// Read reads the words after the pair p of s. It looks at most a few words
// past the closing mark and never past the paragraph.
func Read(s string, p Pair) Reading {
	after := skipGloss(s, p.After(s))
	r := Reading{After: after}
	w, wEnd := wordAt(s, after)
	spaced := false
	if w == "" {
		k := skipSpaces(s, after)
		if k >= len(s) || s[k] == '\n' {
			r.Form = Standalone
			return r
		}
		c, _ := utf8.DecodeRuneInString(s[k:])
		switch {
		case c == ',' || isOpenQuote(c):
			r.Form = Listed
			if c != ',' && endsSentence(s[p.Open:p.Close]) {
				r.Form = Standalone // “…습니다.” “…”: sentences one after another
			}
			return r
		case c == '.' || c == '!' || c == '?':
			r.Form = Standalone
			return r
		}
		// “…” 라고, “…” 한다며: the ending written apart
		w2, end2 := wordAt(s, k)
		if w2 == "등" || w2 == "등의" || w2 == "등으로" || w2 == "등을" || w2 == "등이" {
			// “…”, “…” 등의 발언을 하였다; “…”, “…” 등으로 모욕했다: a
			// list of sayings, such as these
			if noun, nend, ok := speechNounAfter(s, end2); ok {
				r.Form, r.Ending, r.After, r.Noun, r.NounEnd = Adnominal, w2, end2, noun, nend
			} else if endsClause(s[p.Open:p.Close]) {
				r.Form, r.Ending, r.After = Sayings, w2, end2
			}
			return r
		}
		if r, ok := suchAs(s, w2, end2, after); ok {
			return r // “…” 와 같은 내용의 댓글이 올라왔다
		}
		if w2 != "" && endingWord(w2) != NotSpeech {
			w, wEnd, spaced = w2, end2, true
		} else if p.Double && speechNoun(w2) && !strings.HasPrefix(w2, "것") && !strings.HasPrefix(w2, "말") && Words(s[p.Open:p.Close]) >= 2 {
			// “긴급 점검중” 안내를 냈다: a noun of speech written apart
			r.Form, r.Ending, r.After, r.Noun, r.NounEnd = Adnominal, "", after, w2, end2
			return r
		} else {
			if endsSentence(s[p.Open:p.Close]) {
				r.Form = Standalone
			}
			return r
		}
	}
	form := endingWord(w)
	switch form {
	case Quotative, Chained:
		if (form == Quotative) && namingNext(s, wEnd) && !endsClause(s[p.Open:p.Close]) {
			// “내셔널메모리얼파크”라고 하는 곳: a name; a sentence so
			// quoted is said (“…무정부 상태다”라고 하는 데 이어)
			return r
		}
		r.Form, r.Ending, r.After = form, w, wEnd
		return r
	case Adnominal:
		if noun, nend, ok := speechNounAfter(s, wEnd); ok {
			r.Form, r.Ending, r.After, r.Noun, r.NounEnd = Adnominal, w, wEnd, noun, nend
		} else if endsClause(s[p.Open:p.Close]) && reportedAsFact(s, wEnd) {
			// ‘…신설하겠다’는 것으로 드러났다: the words, reported as
			// what came to light
			r.Form, r.Ending, r.After = Adnominal, w, wEnd
		}
		return r
	}
	if spaced {
		return r
	}
	if r, ok := suchAs(s, w, wEnd, after); ok {
		return r // “…”와 같은 글을 올렸다
	}
	if w == "와" || w == "과" || w == "이나" || w == "나" {
		// “…것이다”와 “…”: sayings joined by a particle, listed
		if k := skipSpaces(s, wEnd); k < len(s) {
			if c, _ := utf8.DecodeRuneInString(s[k:]); isOpenQuote(c) {
				r.Form = Listed
				return r
			}
		}
	}
	if linkWords[w] {
		// “…감지했다”그리고, “…”고 보도하였다; “…위반”이므로 “…”를
		// 취하겠다고: one report in parts, linked by a conjunction
		k := wEnd
		for k < len(s) && (s[k] == ' ' || s[k] == ',') {
			k++
		}
		if c, _ := utf8.DecodeRuneInString(s[k:]); k < len(s) && isOpenQuote(c) {
			r.Form = Listed
			return r
		}
	}
	if continuesPredicate[w] || endsInBareStem(s, p) && hangul.IsSyllable(firstRune(w)) {
		// “…판단”해 …을 의결했다, ‘…감행’했다는: the mark closes the
		// quoted words before their own verb
		r.Form, r.Ending, r.After = Continued, w, wEnd
		return r
	}
	if w == "을" || w == "를" {
		v, _ := wordAt(s, skipSpaces(s, wEnd))
		if f := endingWord(v); requestVerb(v) || (f == Quotative || f == Chained) && syllableCount(v) >= 3 && Words(s[p.Open:p.Close]) >= 4 {
			// “…할 것”을 촉구했다; “…적절한 조치”를 취하겠다고 밝혔다: the
			// object of a report (four words or more: a term is shorter)
			r.Form, r.Ending, r.After = Object, w, wEnd
		}
		return r
	}
	// “…”가 세워졌다는 발언을 했다: the quotation is a part of the clause
	// a noun of speech reports
	if caseParticles[w] {
		v, vend := wordAt(s, skipSpaces(s, wEnd))
		if endingWord(v) == Adnominal && syllableCount(v) >= 3 {
			if noun, nend, ok := speechNounAfter(s, vend); ok && !strings.HasPrefix(noun, "것") {
				r.Form, r.Ending, r.After, r.Noun, r.NounEnd = Adnominal, v, vend, noun, nend
			}
		}
		return r
	}
	// “…”하기로 합의했다고 밝혔다: the quotation ends inside a clause
	// whose next word is a quotative predicate
	v, vend := wordAt(s, skipSpaces(s, wEnd))
	if f := endingWord(v); (f == Quotative || f == Chained) && syllableCount(v) >= 3 {
		r.Form, r.Ending, r.After = f, v, vend
	} else if lightVerbForm(w) {
		r.Form, r.Ending, r.After = Continued, w, wEnd // “…자극”하려는 메시지
	}
	return r
}

// linkWords join the parts of one report in quotation marks: a conjunction
// or a copula in a connective form.
var linkWords = map[string]bool{"그리고": true, "이므로": true, "이고": true, "이며": true, "이지만": true, "므로": true, "또": true, "및": true}

// endingWord classifies a word that follows a closing mark: a quotative
// ending on its own (라고, 고, 며), or a predicate ending in one (했다고,
// 한다며, 있다는), possibly with a particle (라고도, 다고까지).
func endingWord(w string) Form {
	if w == "" {
		return NotSpeech
	}
	base := w
	for _, p := range []string{"까지", "도", "만", "는"} {
		if b, ok := strings.CutSuffix(base, p); ok && (strings.HasSuffix(b, "고") || strings.HasSuffix(b, "며") || strings.HasSuffix(b, "면서")) {
			base = b
			break
		}
	}
	switch base {
	case "고", "라고", "이라고", "하고", "다고", "냐고", "자고", "라구", "라", "이라":
		return Quotative
	case "며", "라며", "이라며", "면서", "라면서", "이라면서", "하며", "하면서", "으며", "다며", "다면서":
		return Chained
	case "는", "라는", "이라는", "란", "이란", "다는", "하는", "냐는", "자는", "라던", "다던", "이라던":
		return Adnominal
	}
	if syllableCount(base) > 7 {
		return NotSpeech
	}
	for _, e := range []string{"다고", "라고", "냐고", "자고", "니까고"} {
		if strings.HasSuffix(base, e) {
			return Quotative
		}
	}
	for _, e := range []string{"다며", "라며", "냐며", "자며", "다면서", "라면서", "냐면서"} {
		if strings.HasSuffix(base, e) {
			return Chained
		}
	}
	for _, e := range []string{"다는", "라는", "냐는", "자는", "다던", "라던"} {
		if strings.HasSuffix(base, e) {
			return Adnominal
		}
	}
	return NotSpeech
}

// speechNouns are the nouns a quotation modifies when it is speech or
// writing: “…”라는 입장을 밝혔다, “…”는 글을 올렸다.
var speechNouns = []string{
	"발언", "말", "말씀", "글", "글귀", "입장", "주장", "내용", "취지", "의견", "성명", "성명서", "메시지", "지적",
	"비판", "비난", "요청", "요구", "질문", "질의", "답변", "답", "반응", "목소리", "뜻", "견해", "설명", "해명",
	"논평", "구호", "얘기", "이야기", "경고", "우려", "호소", "호소문", "연설", "강론", "발표", "보도",
	"분석", "전망", "평가", "각오", "다짐", "약속", "문자", "편지", "트윗", "게시물", "게시글", "댓글", "협박",
	"전언", "당부", "고백", "증언", "진술", "판단", "결론", "반박", "항의", "생각", "소감", "논리",
	"것", "식", "투", "발언들", "말들", "비판들", "지적들", "목소리들", "의견들", "주장들", "기사", "답장",
	"판결", "결정", "판시", "선언", "소감", "해명문", "담화", "통보", "주문", "요지", "격려", "축하", "사과", "조언",
	"의혹", "음모론", "자막", "안내", "안내문", "공지", "조건", "질타", "호통", "막말", "망언", "농담", "훈계",
}

// compoundSpeechNouns end compound nouns of speech or writing (수상소감,
// 해명문, 담화문, 사과문, 추모글); two syllables or more, so that a
// compound is not read inside an unrelated word.
var compoundSpeechNouns = []string{"소감", "해명문", "담화", "담화문", "사과문", "성명", "성명서", "입장문", "발표문", "논평",
	"연설", "글", "메시지", "발언", "판결", "결정문", "호소문", "서한", "편지", "주장", "의견"}

// nounParticles may follow a noun of speech.
var nounParticles = map[string]bool{
	"": true, "을": true, "를": true, "이": true, "가": true, "은": true, "는": true, "의": true, "로": true,
	"으로": true, "도": true, "과": true, "와": true, "에": true, "만": true, "이다": true, "이었다": true,
	"이고": true, "이며": true, "입니다": true, "이라며": true, "이라고": true, "이라는": true, "이기": true,
	"까지": true, "에서": true, "으로도": true, "이지만": true, "이어서": true, "이라": true, "이에요": true,
	"들을": true, "들이": true, "들은": true, "처럼": true, "에는": true, "이나": true, "이었고": true, "이었으며": true,
}

// sayingNouns are nouns of speech that, as the subject of their clause,
// name a saying or a meaning rather than report words (“…”라는 말이
// 있다, ‘…’는 뜻으로): with 이/가/은/는 or 으로 they are no report.
var sayingNouns = map[string]bool{"말": true, "뜻": true, "인식": true, "생각": true, "것": true, "식": true, "투": true, "문구": true, "입장": true, "의견": true}

// SpeechNoun reports whether the word w is a noun of speech or writing
// with its particle (발언을, 반응을, 입장이다, 말로), as an adnominal
// quotation modifies: not a noun of attitude or appearance (자세를,
// 모습을).
func SpeechNoun(w string) bool { return speechNoun(w) }

// speechNoun reports whether the word w is a noun of speech with its
// particle (발언을, 입장이다, 말로).
func speechNoun(w string) bool {
	for _, n := range compoundSpeechNouns {
		if i := strings.Index(w, n); i > 0 && nounParticles[w[i+len(n):]] {
			return true // 수상소감을, 해명문을, 추모글을
		}
	}
	for _, n := range speechNouns {
		rest, ok := strings.CutPrefix(w, n)
		if !ok || !nounParticles[rest] {
			continue
		}
		if sayingNouns[n] {
			switch rest {
			case "이", "가", "은", "는", "으로", "로", "도", "과", "와", "의":
				if n == "입장" || n == "의견" {
					return rest == "으로" || rest == "로" // 입장은 35%: a share of answers
				}
				return n == "말" && rest == "로" // “…”는 말로 끝냈다
			}
		}
		return true
	}
	return false
}

// factVerbs are the verbs that report a content as having come to light
// or become known (…는 것으로 드러났다, 알려졌다).
var factVerbs = map[string]bool{"드러났다": true, "알려졌다": true, "전해졌다": true, "밝혀졌다": true,
	"확인됐다": true, "확인되었다": true, "드러났으며": true, "알려졌으며": true, "전해졌으며": true}

// reportedAsFact reports whether the words at off are 것으로 and a verb of
// factVerbs: a quoted clause reported as what came to light.
func reportedAsFact(s string, off int) bool {
	w, end := wordAt(s, skipSpaces(s, off))
	if w != "것으로" {
		return false
	}
	v, _ := wordAt(s, skipSpaces(s, end))
	return factVerbs[v]
}

// speechNounAfter finds the noun of speech an adnominal quotation
// modifies: the next word (“…”라는 입장을), the word after 등/등의 (“…”는 등의
// 발언을), or the word after one modifier (“…”는 추모 글을, “…”는 협박성
// 내용이).
func speechNounAfter(s string, off int) (string, int, bool) {
	w, end := wordAt(s, skipSpaces(s, off))
	if w == "등" || w == "등의" {
		w, end = wordAt(s, skipSpaces(s, end))
	}
	if w == "" {
		return "", off, false
	}
	if speechNoun(w) {
		return w, end, true
	}
	if w2, end2 := wordAt(s, skipSpaces(s, end)); w2 != "" && speechNoun(w2) && (!strings.HasSuffix(w, "의") || w == "투의" || w == "식의") {
		return w2, end2, true // “…”라는 투의 질문으로, “…”는 식의 발언을
	}
	// “…”는 민영화를 암시하는 듯한 발언을: a clause of up to three words
	// modifying the noun, its last word in a modifier ending
	if naming[w] || strings.HasSuffix(w, "의") {
		return "", off, false
	}
	prev, at := w, end
	for k := 0; k < 5; k++ {
		n, nend := wordAt(s, skipSpaces(s, at))
		if n == "" || s[at:skipSpaces(s, at)] != " " {
			break
		}
		// 암시하는 듯한 발언을; 기자 케이트 베넷의 트윗을: the noun after a
		// modifier (three words at most) or after its owner in 의
		if speechNoun(n) && (modifierForm(prev) && k < 3 || strings.HasSuffix(prev, "의") && syllableCount(prev) >= 2) {
			return n, nend, true
		}
		prev, at = n, nend
	}
	return "", off, false
}

// naming holds nouns a quotation names rather than says: “…”라는 제목의.
var naming = map[string]bool{"제목의": true, "제목": true, "이름의": true, "이름": true, "명칭의": true, "명칭": true}

// modifierForm reports whether w ends like a verb modifying the noun after
// it (암시하는, 듯한, 밝힌, 담긴).
func modifierForm(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if !hangul.IsSyllable(r) || syllableCount(w) < 2 {
		return false
	}
	return r == '는' || r == '던' || hangul.EndsIn(w, hangul.FinalNieun)
}

// requestStems head the verbs of which a quoted clause can be the object:
// “…할 것”을 촉구했다.
var requestStems = []string{"촉구", "요청", "요구", "주문", "당부", "강조", "호소", "표명", "제안", "지시", "권고", "경고", "구한", "구했", "선언", "주장"}

func requestVerb(w string) bool {
	for _, st := range requestStems {
		if strings.HasPrefix(w, st) && len(w) > len(st) {
			return true
		}
	}
	return false
}

// namingVerbs follow 라고 when the quotation is a name or a term
// (“…”라고 하는 공원, “…”라고 불리는).
var namingVerbs = map[string]bool{
	"하는": true, "한": true, "하던": true, "불리는": true, "불린": true, "불린다": true, "불리며": true,
	"불리고": true, "부르는": true, "부른다": true, "부르며": true, "부르기도": true, "일컫는": true,
	"일컫는다": true, "명명했다": true, "명명한": true, "이름붙인": true, "이름붙였다": true, "칭했다": true,
	"칭하는": true, "칭한다": true, "이름": true, "이름을": true, "이름의": true, "명명된": true,
	"묘사하는": true, "묘사한": true, "표현했다": true, "표현하는": true, "표현한": true, "할": true,
	"하는데": true, "하지만": true, "쓰인": true, "새겨진": true, "불러도": true, "불러": true, "부를": true,
	"부르고": true, "불렀다": true, "불리기도": true, "불릴": true,
}

// namingNext reports whether the word at off (after spaces) is a naming
// verb.
func namingNext(s string, off int) bool {
	w, _ := wordAt(s, skipSpaces(s, off))
	return namingVerbs[w]
}

// caseParticles are particles of case after a quoted term (‘과잉 공급’을,
// “스타게이트”의); a word that is only one of them ties nothing to speech.
var caseParticles = map[string]bool{
	"이": true, "가": true, "을": true, "를": true, "은": true, "의": true, "에": true, "로": true,
	"으로": true, "와": true, "과": true, "도": true, "만": true, "에서": true, "에게": true, "처럼": true,
	"까지": true, "부터": true, "이나": true, "나": true, "에는": true, "에서는": true, "으로는": true,
	"로는": true, "이란": false,
}

// ClauseLike reports whether quoted words read as a clause, not a term:
// they end with a verb ending or sentence punctuation and have more than a
// few letters.
func ClauseLike(inner string) bool {
	inner = strings.TrimRight(inner, " ")
	if inner == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(inner)
	switch r {
	case '.', '?', '!', '다', '요', '죠', '까', '네', '라', '자', '지', '군', '오', '냐', '…':
		return utf8.RuneCountInString(inner) > 6
	}
	return false
}

// endsClause reports whether quoted words (with their marks) end like a
// clause or a sentence.
func endsClause(quoted string) bool {
	_, size := utf8.DecodeRuneInString(quoted)
	return ClauseLike(quoted[size:])
}

// Words counts the space-separated words of s.
func Words(s string) int { return len(strings.Fields(s)) }

// endsSentence reports whether quoted words end with sentence punctuation
// (“…이다.”), which makes a quotation with nothing after it a sentence of
// its own.
func endsSentence(inner string) bool {
	inner = strings.TrimRight(inner, " ")
	r, _ := utf8.DecodeLastRuneInString(inner)
	return (r == '.' || r == '?' || r == '!') && Words(inner) >= 2
}

// wordAt returns the word (a run of letters and digits) starting at off,
// and the offset after it; "" when no word starts there.
func wordAt(s string, off int) (string, int) {
	i := off
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
		if i-off > 64 {
			break
		}
	}
	return s[off:i], i
}

// NextWord returns the word after off, past spaces and tabs, and the
// offset after it; "" when none starts there.
func NextWord(s string, off int) (string, int) { return wordAt(s, skipSpaces(s, off)) }

// skipSpaces returns the offset of the first byte at or after off that is
// not a space or a tab.
func skipSpaces(s string, off int) int {
	for off < len(s) && (s[off] == ' ' || s[off] == '\t') {
		off++
	}
	return off
}

func syllableCount(s string) int { return utf8.RuneCountInString(s) }

// isOpenQuote reports whether r can open a quotation.
func isOpenQuote(r rune) bool {
	switch r {
	case '“', '"', '「', '«', '‘', '\'', '『':
		return true
	}
	return false
}

// Citation returns the byte range of the source cited in brackets right
// after the pair p of s, the way reports and fact checks cite what they
// quote: “…” (이장희, 2009), “…” (KBS뉴스, 20/07/16). The source is the
// words before the comma; a year or a date must follow it, so that a gloss
// of a name with an age (홈스(James Holmes, 24세)) is no citation.
func Citation(s string, p Pair) (start, end int, ok bool) {
	k := p.After(s)
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] != '(' {
		return 0, 0, false
	}
	start = k + 1
	comma := strings.IndexByte(s[start:min(len(s), start+96)], ',')
	if comma <= 0 {
		return 0, 0, false
	}
	end = start + comma
	src := s[start:end]
	if strings.ContainsAny(src, "()“”\"‘’'\n") || strings.TrimSpace(src) != src {
		return 0, 0, false
	}
	d := end + 1
	for d < len(s) && s[d] == ' ' {
		d++
	}
	digits := 0
	for d < len(s) && (s[d] >= '0' && s[d] <= '9' || s[d] == '/' || s[d] == '.' || s[d] == '-') {
		if s[d] >= '0' && s[d] <= '9' {
			digits++
		}
		d++
	}
	if digits < 4 || d >= len(s) || s[d] != ')' {
		return 0, 0, false
	}
	return start, end, true
}

// suchAs reads the particle w (ending at end) after a quotation as 와 같은
// or 과 같은 before a noun of speech: “…”와 같은 내용의 댓글이 올라왔다,
// “…” 과 같은 글을 올렸다, the words given as an example of what was said.
// from is the offset after the closing mark.
func suchAs(s, w string, end, from int) (Reading, bool) {
	if w != "와" && w != "과" {
		return Reading{}, false
	}
	g, gEnd := wordAt(s, skipSpaces(s, end))
	if g != "같은" || gEnd == end {
		return Reading{}, false
	}
	noun, nend, ok := speechNounAfter(s, gEnd)
	if !ok || strings.HasPrefix(noun, "것") {
		return Reading{}, false
	}
	if strings.HasSuffix(noun, "의") {
		// 와 같은 내용의 댓글이: the noun the content belongs to
		if n2, end2 := wordAt(s, skipSpaces(s, nend)); speechNoun(n2) {
			noun, nend = n2, end2
		}
	}
	return Reading{Form: Adnominal, Ending: s[skipSpaces(s, from):gEnd], After: gEnd, Noun: noun, NounEnd: nend}, true
}
