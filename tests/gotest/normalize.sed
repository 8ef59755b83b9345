# What differs between two runs of go test itself, or between go and golite without
# being behaviour: times, the processor's name, benchmark timings, goroutine traces
# (numbers and frames), the ./ go puts before file names in its compile errors.
s/\t[0-9]+\.[0-9]+s$/\tTIME/
s/\([0-9]+\.[0-9]+s\)/(TIME)/g
/^cpu: /d
s/\t *[0-9.]+ ns\/op/\tX ns\/op/
/^goroutine [0-9]+ \[/,/^exit status/{/^exit status/!d}
s/^\.\///
