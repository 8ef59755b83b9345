package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	history []string
	onEnter map[State]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{
		state: Idle,
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
			{Stopped, "reset"}: Idle,
		},
		onEnter: map[State]func(State){},
	}
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	prev := m.state
	m.state = next
	m.history = append(m.history, fmt.Sprintf("%v-%s->%v", prev, ev, next))
	if f := m.onEnter[next]; f != nil {
		f(prev)
	}
	return nil
}

// A lexer-style state machine: classify characters of an input into tokens.
type lexState func(l *lexer) lexState

type lexer struct {
	in     string
	pos    int
	start  int
	tokens []string
}

func (l *lexer) emit(kind string) {
	l.tokens = append(l.tokens, kind+":"+l.in[l.start:l.pos])
	l.start = l.pos
}

func lexAny(l *lexer) lexState {
	if l.pos >= len(l.in) {
		return nil
	}
	c := l.in[l.pos]
	switch {
	case c == ' ':
		l.pos++
		l.start = l.pos
		return lexAny
	case c >= '0' && c <= '9':
		return lexNumber
	case c >= 'a' && c <= 'z':
		return lexWord
	default:
		l.pos++
		l.emit("SYM")
		return lexAny
	}
}

func lexNumber(l *lexer) lexState {
	for l.pos < len(l.in) && l.in[l.pos] >= '0' && l.in[l.pos] <= '9' {
		l.pos++
	}
	l.emit("NUM")
	return lexAny
}

func lexWord(l *lexer) lexState {
	for l.pos < len(l.in) && l.in[l.pos] >= 'a' && l.in[l.pos] <= 'z' {
		l.pos++
	}
	l.emit("WORD")
	return lexAny
}

func main() {
	m := NewMachine()
	entered := 0
	m.onEnter[Running] = func(from State) {
		entered++
		fmt.Println("  entering Running from", from)
	}
	for _, ev := range []Event{"start", "pause", "pause", "resume", "stop", "start", "reset", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", ev, "now", m.state)
		}
	}
	fmt.Println(strings.Join(m.history, " | "))
	fmt.Println("entered Running", entered, "times; final", m.state)
	fmt.Printf("%v %d %s\n", Paused, Paused, Stopped)
	l := &lexer{in: "x1 = 42 + foo*7;"}
	for st := lexState(lexAny); st != nil; {
		st = st(l)
	}
	fmt.Println(l.tokens)
}
