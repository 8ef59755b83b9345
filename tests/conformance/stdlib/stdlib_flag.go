package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 3, "number of `items` to show")
	name := fs.String("name", "world", "who to greet")
	d := fs.Duration("wait", 2*time.Second, "how long to wait")
	ratio := fs.Float64("ratio", 0.5, "a ratio\nover two lines")
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var seen []string
	fs.Func("each", "called for each value", func(s string) error { seen = append(seen, s); return nil })
	err := fs.Parse([]string{"-v", "-n=7", "--name", "golite", "-tag", "a", "-tag=b", "-each", "x", "-wait", "1m30s", "rest", "-notaflag"})
	fmt.Println(err, *verbose, *n, *name, *d, *ratio, tags, seen, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fs.PrintDefaults()
	for _, args := range [][]string{{"-n", "abc"}, {"-zzz"}, {"-n"}, {"-v=maybe"}, {"-h"}, {"--"}, {"---x"}} {
		fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "n")
		fs2.Bool("v", false, "v")
		fmt.Println("err:", fs2.Parse(args))
	}
	fmt.Println(flag.Lookup("nosuch") == nil, flag.Parsed())
}
