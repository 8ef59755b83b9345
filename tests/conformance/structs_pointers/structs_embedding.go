package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t Timestamps) Age() int { return t.Updated - t.Created }

type User struct {
	Base
	Timestamps
	Email string
}

type Admin struct {
	*User
	Level int
}

type Shadow struct {
	Base
	Name string // shadows Base.Name
}

func (s Shadow) Describe() string { return "Shadow:" + s.Name + "/" + s.Base.Name }

func main() {
	u := User{Base{1, "ann"}, Timestamps{10, 25}, "a@x"}
	fmt.Println(u.ID, u.Name, u.Email, u.Created, u.Age())
	fmt.Println(u.Describe())
	u.Rename("anna")
	fmt.Println(u.Name, u.Base.Name)
	fmt.Printf("%v\n%+v\n", u, u)
	a := Admin{&u, 9}
	a.Rename("boss")
	fmt.Println(u.Name, a.Name, a.ID, a.Age(), a.Describe())
	s := Shadow{Base{2, "inner"}, "outer"}
	fmt.Println(s.Name, s.Base.Name, s.ID, s.Describe(), s.Base.Describe())
	u2 := User{Email: "e"}
	u2.ID = 5
	u2.Base.Name = "five"
	fmt.Println(u2.Describe())
	type Named interface{ Describe() string }
	var ns []Named = []Named{u, &u, s, a}
	for _, n := range ns {
		fmt.Println(n.Describe())
	}
}
