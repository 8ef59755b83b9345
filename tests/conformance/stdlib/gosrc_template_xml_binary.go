package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	
	"encoding/base64"
	"encoding/binary"

	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Upper() string { return strings.ToUpper(i.Name) }

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"author"`
}

func main() {


	fmt.Printf("%x\n", md5.Sum([]byte("hello")))
	fmt.Printf("%x\n", sha1.Sum([]byte("hello")))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("hello, world")))
	d, err := base64.URLEncoding.DecodeString("aGVsbG8_")
	fmt.Println(string(d), err)
	buf := new(bytes.Buffer)
	binary.Write(buf, binary.LittleEndian, struct {
		A uint16
		B int32
		C [2]uint8
	}{1, -2, [2]uint8{3, 4}})
	fmt.Println(buf.Bytes(), binary.BigEndian.Uint32([]byte{1, 2, 3, 4}))
	var out struct {
		A uint16
		B int32
	}
	binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &out)
	fmt.Println(out)
	tmpl := template.Must(template.New("t").Funcs(template.FuncMap{"join": strings.Join}).Parse(
		"{{range $i, $e := .}}{{$i}}: {{.Name}} {{printf \"%.2f\" .Price}} {{.Upper}} [{{join .Tags \",\"}}]{{if gt .Price 2.0}} pricey{{end}}\n{{end}}"))
	err = tmpl.Execute(os.Stdout, []Item{{"apple", 1.5, []string{"fruit"}}, {"steak", 12, nil}})
	fmt.Println(err)
	b, err := xml.MarshalIndent(Book{ID: "42", Title: "Go", Authors: []string{"A", "B"}}, "", " ")
	fmt.Println(string(b), err)
	var bk Book
	err = xml.Unmarshal(b, &bk)
	fmt.Println(bk.ID, bk.Title, bk.Authors, err)
}
