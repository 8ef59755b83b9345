package os

import "syscall"

// Getenv returns the value of the environment variable key, "" if unset.
func Getenv(key string) string

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) { return lookupEnv(key) }

// Setenv sets the environment variable key; an empty key or one holding '=' or NUL is
// EINVAL.
func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return NewSyscallError("setenv", syscall.Errno(e))
	}
	return nil
}

// Unsetenv unsets the environment variable key.
func Unsetenv(key string) error { return errnoErr(unsetenv(key)) }

// Clearenv deletes all environment variables.
func Clearenv() { clearenv() }

// Environ returns the environment as "key=value" strings.
func Environ() []string { return syscall.Environ() }

// ExpandEnv replaces ${var} and $var in s by the environment's values ("" if unset).
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} and $var in s by mapping(var). As in Go: $ followed by a special
// shell variable (one of *#$@!?- or a digit) takes that one character; "${}" and an
// unclosed "${" vanish; a $ followed by anything else stays.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] is in buf
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// invalid syntax: dropped
		case name == "":
			buf = append(buf, '$')
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		done = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (which follows a '$') and how
// many bytes it took.
func shellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" unclosed
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}
