package main

func testOnly( {
