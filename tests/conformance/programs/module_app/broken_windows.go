package main

func windowsOnly( {
