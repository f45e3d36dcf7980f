package corpus

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressInterval throttles redrawing of the bar.
const progressInterval = 150 * time.Millisecond

// NewProgress returns a Progress that draws a progress bar on w when w is a
// terminal (bytes read against TotalBytes with MB/s and ETA when the total
// is known, a spinner otherwise; records, records/s and errors in the
// description), and one that does nothing otherwise. src supplies the byte
// counts and may be nil. The bar is cleared when the run ends: printing the
// final Stats line is the caller's job.
func NewProgress(w *os.File, src Source) Progress {
	if w == nil || !term.IsTerminal(int(w.Fd())) {
		return quietProgress{}
	}
	return newBar(w, src)
}

// quietProgress is the Progress of a non-terminal: it reports nothing.
type quietProgress struct{}

func (quietProgress) Update(Stats) {}
func (quietProgress) Done(Stats)   {}

// barProgress draws a schollz/progressbar bar.
type barProgress struct {
	bar  *progressbar.ProgressBar
	src  Source
	last time.Time
}

func newBar(w io.Writer, src Source) *barProgress {
	total := int64(-1)
	if src != nil && src.TotalBytes() > 0 {
		total = src.TotalBytes()
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(progressInterval),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetDescription("reading"),
	)
	return &barProgress{bar: bar, src: src}
}

// Update redraws the bar at most every progressInterval.
func (p *barProgress) Update(s Stats) {
	now := time.Now()
	if now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	p.draw(s)
}

func (p *barProgress) draw(s Stats) {
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Records) / sec
	}
	p.bar.Describe(fmt.Sprintf("%d records (%.0f/s) %d errors", s.Records, rate, s.Errors))
	n := s.Bytes
	if p.src != nil {
		n = p.src.ReadBytes()
	}
	_ = p.bar.Set64(n) // drawing errors (closed terminal) are not worth stopping for
}

// Done clears the bar.
func (p *barProgress) Done(s Stats) {
	p.draw(s)
	_ = p.bar.Finish()
}
