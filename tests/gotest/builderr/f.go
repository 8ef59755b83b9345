package builderr

func F() int { return 1 }
