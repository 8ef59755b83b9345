package builderr

import "testing"

func TestF(t *testing.T) {
	if F() != undefinedName {
		t.Fail()
	}
}
