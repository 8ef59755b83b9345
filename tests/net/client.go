// An HTTP client run by tests/net/run.sh against Python's http.server: it fetches the URL
// given and prints the status and body.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	resp, err := http.Get(os.Args[1])
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, resp.Header.Get("Content-Length"), err)
	fmt.Print(string(b))
}
