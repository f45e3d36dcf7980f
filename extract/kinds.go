package extract

// Amount kinds: the values of Amount.Kind. Compare with these rather than
// with string literals:
//
//	if a.Kind == extract.AmountMoney { ... }
const (
	// AmountMoney is money; Amount.Unit is an ISO 4217 code (KRW, USD).
	AmountMoney = "money"
	// AmountPercent is a percentage; Amount.Unit is % or %p.
	AmountPercent = "percent"
	// AmountQuantity is a count or measure; Amount.Unit is the counter or
	// unit (명, MW, 톤).
	AmountQuantity = "quantity"
	// AmountDuration is a length of time; Amount.Unit is year, month, week,
	// day, hour or minute.
	AmountDuration = "duration"
	// AmountOrdinal is a rank (제24회, 14번째); Amount.Unit is the counter.
	AmountOrdinal = "ordinal"
)

// AmountKinds lists every Amount.Kind, in the order above. It returns a new
// slice on every call.
func AmountKinds() []string {
	return []string{AmountMoney, AmountPercent, AmountQuantity, AmountDuration, AmountOrdinal}
}

// EntityTypes lists every Entity.Type (TypePerson, TypeOrg, TypeLocation,
// TypeDate, TypeTime). It returns a new slice on every call.
func EntityTypes() []string {
	return []string{TypePerson, TypeOrg, TypeLocation, TypeDate, TypeTime}
}

// Claim kinds: the values of Claim.Kind.
const (
	// ClaimReported is indirect speech with a source: X는 …다고 분석했다.
	ClaimReported = "reported"
	// ClaimAccording is X에 따르면 ….
	ClaimAccording = "according"
	// ClaimHearsay is reported with no source named: …것으로 알려졌다.
	ClaimHearsay = "hearsay"
	// ClaimOpinion is the view of an unnamed group: 일각에서는 … 견해도 있다.
	ClaimOpinion = "opinion"
)
