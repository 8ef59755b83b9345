// A file with a type error: :load reports it under the file's name and declares nothing.
package main

func bad() int { return "not an int" }
