package lib

const V = 1
